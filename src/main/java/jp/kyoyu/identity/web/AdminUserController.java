package jp.kyoyu.identity.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoyu.identity.AccessLevel;
import jp.kyoyu.identity.AccountManagement;
import jp.kyoyu.identity.Feature;
import jp.kyoyu.identity.IdentityManagement;
import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.identity.PasswordManagement;
import jp.kyoyu.identity.PermissionManagement;
import jp.kyoyu.identity.Side;
import jp.kyoyu.identity.UserAccount;
import jp.kyoyu.masterdata.JobTitle;
import jp.kyoyu.masterdata.MasterDataManagement;
import jp.kyoyu.masterdata.Organisation;
import jp.kyoyu.shared.ForbiddenException;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.web.FormErrors;

/** Administrators register, change, disable, delete users, reset passwords and set permissions (C8.1, C8.3). */
@Controller
class AdminUserController {

	private final IdentityManagement identity;

	private final AccountManagement accounts;

	private final PasswordManagement passwords;

	private final PermissionManagement permissions;

	private final IdentityPageTexts texts;

	private final MasterDataManagement masterData;

	AdminUserController(IdentityManagement identity, AccountManagement accounts, PasswordManagement passwords,
			PermissionManagement permissions, IdentityPageTexts texts, MasterDataManagement masterData) {
		this.masterData = masterData;
		this.identity = identity;
		this.accounts = accounts;
		this.passwords = passwords;
		this.permissions = permissions;
		this.texts = texts;
	}

	@GetMapping("/admin/users")
	String list(Model model) {
		model.addAttribute("users", identity.findAll());
		return "identity/users";
	}

	@GetMapping("/admin/users/new")
	String newUser(Model model) {
		return form(model, new UserForm(), Map.of(), true);
	}

	@PostMapping("/admin/users")
	String create(@ModelAttribute("user") UserForm form, Model model, RedirectAttributes redirect) {
		try {
			UserAccount created = accounts.create(form.toInput(), form.isAdministrator());
			boolean byLink = form.getPassword() == null || form.getPassword().isEmpty();
			if (!byLink) {
				redirect.addFlashAttribute("notice", texts.get("users.notice.created", created.name()));
			}
			else if (passwords.sendPasswordLink(created.userId(), true)) {
				redirect.addFlashAttribute("notice",
						texts.get("users.notice.createdWithLink", created.name(), created.email()));
			}
			else {
				redirect.addFlashAttribute("problem",
						texts.get("users.problem.createdLinkNotSent", created.name()));
			}
			return "redirect:/admin/users/" + created.userId();
		}
		catch (InvalidInputException e) {
			form.setPassword(null);
			return form(model, form, FormErrors.byField(e.problems()), true);
		}
	}

	@GetMapping("/admin/users/{userId}")
	String edit(@PathVariable String userId, Model model) {
		UserAccount account = identity.get(userId);
		model.addAttribute("account", account);
		return form(model, UserForm.of(account), Map.of(), false);
	}

	@PostMapping("/admin/users/{userId}")
	String update(@PathVariable String userId, @ModelAttribute("user") UserForm form, Model model,
			RedirectAttributes redirect) {
		try {
			accounts.update(userId, form.toInput());
			redirect.addFlashAttribute("notice", texts.get("users.notice.updated"));
			return "redirect:/admin/users/" + userId;
		}
		catch (InvalidInputException e) {
			model.addAttribute("account", identity.get(userId));
			form.setUserId(userId);
			return form(model, form, FormErrors.byField(e.problems()), false);
		}
	}

	@PostMapping("/admin/users/{userId}/enabled")
	String setEnabled(@PathVariable String userId, @RequestParam boolean enabled,
			@AuthenticationPrincipal KyoyuPrincipal admin, RedirectAttributes redirect) {
		return act(userId, redirect, () -> accounts.setEnabled(userId, enabled, admin.userId()),
				texts.get(enabled ? "users.notice.enabled" : "users.notice.disabled"));
	}

	@PostMapping("/admin/users/{userId}/password")
	String resetPassword(@PathVariable String userId, @RequestParam String newPassword, Model model,
			RedirectAttributes redirect) {
		try {
			passwords.resetPassword(userId, newPassword);
			redirect.addFlashAttribute("notice", texts.get("users.notice.passwordReset"));
			return "redirect:/admin/users/" + userId;
		}
		catch (InvalidInputException e) {
			UserAccount account = identity.get(userId);
			model.addAttribute("account", account);
			model.addAttribute("passwordErrors", FormErrors.byField(e.problems()));
			return form(model, UserForm.of(account), Map.of(), false);
		}
	}

	@PostMapping("/admin/users/{userId}/password-link")
	String sendPasswordLink(@PathVariable String userId, RedirectAttributes redirect) {
		UserAccount account = identity.get(userId);
		if (passwords.sendPasswordLink(userId, false)) {
			redirect.addFlashAttribute("notice", texts.get("users.notice.linkSent", account.email()));
		}
		else {
			redirect.addFlashAttribute("problem", texts.get("users.problem.linkNotSent"));
		}
		return "redirect:/admin/users/" + userId;
	}

	@PostMapping("/admin/users/{userId}/permissions")
	String setPermissions(@PathVariable String userId, @RequestParam Map<String, String> params,
			@AuthenticationPrincipal KyoyuPrincipal admin, RedirectAttributes redirect) {
		Map<Feature, AccessLevel> levels = new EnumMap<>(Feature.class);
		for (Feature feature : Feature.values()) {
			String level = params.getOrDefault("perm_" + feature.name(), "NONE");
			levels.put(feature, parseLevel(level));
		}
		return act(userId, redirect, () -> permissions.setPermissions(userId, levels, admin.userId()),
				texts.get("users.notice.permissionsSaved"));
	}

	@GetMapping("/admin/users/{userId}/delete")
	String confirmDelete(@PathVariable String userId, Model model) {
		model.addAttribute("account", identity.get(userId));
		return "identity/user-delete";
	}

	@PostMapping("/admin/users/{userId}/delete")
	String delete(@PathVariable String userId, @AuthenticationPrincipal KyoyuPrincipal admin,
			RedirectAttributes redirect) {
		try {
			accounts.delete(userId, admin.userId());
			redirect.addFlashAttribute("notice", texts.get("users.notice.deleted", userId));
			return "redirect:/admin/users";
		}
		catch (ForbiddenException e) {
			redirect.addFlashAttribute("problem", e.getMessage());
			return "redirect:/admin/users/" + userId;
		}
	}

	private String act(String userId, RedirectAttributes redirect, Runnable action, String notice) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (ForbiddenException e) {
			redirect.addFlashAttribute("problem", e.getMessage());
		}
		return "redirect:/admin/users/" + userId;
	}

	private String form(Model model, UserForm form, Map<String, ?> errors, boolean creating) {
		model.addAttribute("user", form);
		model.addAttribute("errors", errors);
		model.addAttribute("creating", creating);
		model.addAttribute("sides", Side.values());
		model.addAttribute("features", Feature.values());
		model.addAttribute("levels", AccessLevel.values());
		model.addAttribute("passwordRules", passwords.passwordRules());
		// Choices from the master data (issue #22); a value outside it (typed, or kept from before the rule) is
		// offered as well, marked, so the select shows what the user has instead of silently picking another.
		List<String> organisations = masterData.organisations().stream().map(Organisation::name).toList();
		List<String> jobTitles = masterData.jobTitles().stream().map(JobTitle::name).toList();
		model.addAttribute("organisations", organisations);
		model.addAttribute("jobTitles", jobTitles);
		model.addAttribute("organisationOutsideMaster", outside(form.getOrganisation(), organisations));
		model.addAttribute("jobTitleOutsideMaster", outside(form.getJobTitle(), jobTitles));
		return "identity/user-form";
	}

	private static String outside(String value, List<String> master) {
		return value == null || value.isBlank() || master.contains(value.strip()) ? null : value;
	}

	private AccessLevel parseLevel(String level) {
		try {
			return AccessLevel.valueOf(level);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("permissions",
					texts.get("users.problem.unknownLevel", level));
		}
	}
}
