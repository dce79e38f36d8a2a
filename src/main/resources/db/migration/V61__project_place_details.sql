-- Basic info the works management file INDEX_C.XML places and Kyoyu did not hold (issue #20 G-6):
-- 住所コード (JIS X 0401/0402 都道府県・市区町村 code, 5 or 6 digits: the CORINS 施工場所コード),
-- 工種-工法型式 (one pair per line, 工種／工法型式) and 水系-路線 (one 対象水系路線名 per line). The lists are lines
-- of text rather than child tables: they are entered, shown and written out as a whole, never queried by item.
alter table project add column address_code varchar(6);
alter table project add column work_methods varchar(2000);
alter table project add column water_routes varchar(2000);
