package jp.kyoyu.identity.web;

import jp.kyoyu.identity.Side;
import jp.kyoyu.identity.UserAccount;
import jp.kyoyu.identity.UserDetailsInput;

/** The user form of the admin pages; keeps whatever was typed so a rejected form shows it again. */
class UserForm {

	private String userId;

	private String name;

	private String email;

	private String password;

	private Side side = Side.AGENCY;

	private String organisation;

	private String jobTitle;

	private String phone;

	private boolean administrator;

	static UserForm of(UserAccount account) {
		UserForm form = new UserForm();
		form.userId = account.userId();
		form.name = account.name();
		form.email = account.email();
		form.side = account.side();
		form.organisation = account.organisation();
		form.jobTitle = account.jobTitle();
		form.phone = account.phone();
		form.administrator = account.isAdministrator();
		return form;
	}

	UserDetailsInput toInput() {
		return new UserDetailsInput(userId == null ? null : userId.strip(), name, email, password, side, organisation,
				jobTitle, phone);
	}

	public String getUserId() {
		return userId;
	}

	public void setUserId(String userId) {
		this.userId = userId;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public Side getSide() {
		return side;
	}

	public void setSide(Side side) {
		this.side = side;
	}

	public String getOrganisation() {
		return organisation;
	}

	public void setOrganisation(String organisation) {
		this.organisation = organisation;
	}

	public String getJobTitle() {
		return jobTitle;
	}

	public void setJobTitle(String jobTitle) {
		this.jobTitle = jobTitle;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public boolean isAdministrator() {
		return administrator;
	}

	public void setAdministrator(boolean administrator) {
		this.administrator = administrator;
	}
}
