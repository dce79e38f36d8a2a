package jp.kyoyu.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.kyoyu.identity.Side;

/** A works contract or commissioned service: its basic info and its members (the aggregate). */
@Entity
@Table(name = "project")
class Project {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** Raised by JPA on every change; a write based on an older one fails instead of overwriting (issue #15). */
	@Version
	private long version;

	@Enumerated(EnumType.STRING)
	private ProjectKind kind;

	private int fiscalYear;

	private String projectNumber;

	private String name;

	private String projectField;

	private String workType;

	private LocalDate periodStart;

	private LocalDate periodEnd;

	private String content;

	private String address;

	private String westLongitude;

	private String eastLongitude;

	private String northLatitude;

	private String southLatitude;

	private String agencyCategoryMajor;

	private String agencyCategoryMiddle;

	private String agencyCategoryMinor;

	private String agencyOfficeName;

	private String agencyCode;

	private String contractorName;

	private String contractorCode;

	private String registrationNumber;

	private String addressCode;

	private String workMethods;

	private String waterRoutes;

	private Instant createdAt;

	private Instant updatedAt;

	/** Set when its erasure starts (issue #16): from then on the project is read-only and hidden. */
	private boolean frozen;

	@OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<ProjectMember> members = new ArrayList<>();

	protected Project() {
	}

	/** {@code input} must be normalized and valid. */
	Project(ProjectKind kind, ProjectInput input, Instant now) {
		this.kind = kind;
		this.createdAt = now;
		apply(input, now);
	}

	/** Copies the basic info; the kind stays what it was at creation. */
	void apply(ProjectInput in, Instant now) {
		fiscalYear = in.fiscalYear();
		projectNumber = in.projectNumber();
		name = in.name();
		projectField = in.projectField();
		workType = in.workType();
		periodStart = in.periodStart();
		periodEnd = in.periodEnd();
		content = in.content();
		address = in.address();
		westLongitude = in.westLongitude();
		eastLongitude = in.eastLongitude();
		northLatitude = in.northLatitude();
		southLatitude = in.southLatitude();
		agencyCategoryMajor = in.agencyCategoryMajor();
		agencyCategoryMiddle = in.agencyCategoryMiddle();
		agencyCategoryMinor = in.agencyCategoryMinor();
		agencyOfficeName = in.agencyOfficeName();
		agencyCode = in.agencyCode();
		contractorName = in.contractorName();
		contractorCode = in.contractorCode();
		registrationNumber = in.registrationNumber();
		addressCode = in.addressCode();
		workMethods = in.workMethods();
		waterRoutes = in.waterRoutes();
		updatedAt = now;
	}

	ProjectInput input() {
		return new ProjectInput(kind, fiscalYear, projectNumber, name, projectField, workType, periodStart, periodEnd,
				content, address, westLongitude, eastLongitude, northLatitude, southLatitude, agencyCategoryMajor,
				agencyCategoryMiddle, agencyCategoryMinor, agencyOfficeName, agencyCode, contractorName, contractorCode,
				registrationNumber, addressCode, workMethods, waterRoutes);
	}

	ProjectDetails details(List<ProjectMemberView> memberViews) {
		return new ProjectDetails(id, kind, fiscalYear, projectNumber, name, projectField, workType,
				periodStart, periodEnd, content, address, westLongitude, eastLongitude, northLatitude, southLatitude,
				agencyCategoryMajor, agencyCategoryMiddle, agencyCategoryMinor, agencyOfficeName, agencyCode,
				contractorName, contractorCode, registrationNumber, addressCode, workMethods, waterRoutes, createdAt,
				updatedAt, memberViews, version);
	}

	ProjectListing listing(ProjectRole viewerRole) {
		return new ProjectListing(id, name, kind, fiscalYear, projectNumber, periodStart, periodEnd, viewerRole);
	}

	Optional<ProjectMember> member(String userId) {
		return members.stream().filter(member -> member.userId().equals(userId)).findFirst();
	}

	/** Members in role order (agency supervisors first), then by user id. */
	List<ProjectMember> members() {
		return members.stream()
			.sorted(Comparator.comparing(ProjectMember::role).thenComparing(ProjectMember::userId))
			.toList();
	}

	void addMember(String userId, ProjectRole role, Instant now) {
		members.add(new ProjectMember(this, userId, role, now));
	}

	void removeMember(ProjectMember member) {
		members.remove(member);
	}

	long agencyMemberCount() {
		return members.stream().filter(member -> member.role().side() == Side.AGENCY).count();
	}

	boolean frozen() {
		return frozen;
	}

	void freeze() {
		frozen = true;
	}

	ProjectContract contract() {
		return new ProjectContract(id, name, periodStart, periodEnd,
				members.stream().map(ProjectMember::userId).sorted().toList());
	}

	Long id() {
		return id;
	}

	ProjectKind kind() {
		return kind;
	}

	String name() {
		return name;
	}

	long version() {
		return version;
	}
}
