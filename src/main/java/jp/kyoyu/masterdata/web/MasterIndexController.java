package jp.kyoyu.masterdata.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The entry page of master data administration, linking the five lists. */
@Controller
class MasterIndexController {

	@GetMapping("/admin/master")
	String index() {
		return "masterdata/index";
	}
}
