package jp.kyoyu.identity.web;

import java.util.EnumMap;
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
import jp.kyoyu.identity.Feature;
import jp.kyoyu.identity.IdentityManagement;
import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.identity.Side;
import jp.kyoyu.identity.UserAccount;
import jp.kyoyu.shared.web.FormErrors;
import jp.kyoyu.shared.ForbiddenException;
import jp.kyoyu.shared.InvalidInputException;

/** Administrators register, change, disable, delete users, reset passwords and set permissions (C8.1, C8.3). */
@Controller
class AdminUserController {

	private final IdentityManagement identity;

	AdminUserController(IdentityManagement identity) {
		this.identity = identity;
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
			UserAccount created = identity.create(form.toInput(), form.isAdministrator());
			boolean byLink = form.getPassword() == null || form.getPassword().isEmpty();
			if (!byLink) {
				redirect.addFlashAttribute("notice", "利用者「" + created.name() + "」を登録しました。");
			}
			else if (identity.sendPasswordLink(created.userId(), true)) {
				redirect.addFlashAttribute("notice", "利用者「" + created.name() + "」を登録し、パスワード設定用のリンクを "
						+ created.email() + " へメールで送りました（24時間有効）。");
			}
			else {
				redirect.addFlashAttribute("problem", "利用者「" + created.name() + "」を登録しましたが、パスワード設定用の"
						+ "リンクをメールで送れませんでした。メールサーバーの状態を確かめ、「パスワード再設定のリンクをメールで送る」で"
						+ "送り直してください。");
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
			identity.update(userId, form.toInput());
			redirect.addFlashAttribute("notice", "利用者の情報を更新しました。");
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
		return act(userId, redirect, () -> identity.setEnabled(userId, enabled, admin.userId()),
				enabled ? "アカウントを有効にしました。" : "アカウントを無効にしました。以後ログインできません。");
	}

	@PostMapping("/admin/users/{userId}/password")
	String resetPassword(@PathVariable String userId, @RequestParam String newPassword, Model model,
			RedirectAttributes redirect) {
		try {
			identity.resetPassword(userId, newPassword);
			redirect.addFlashAttribute("notice", "パスワードを設定し、ロックを解除しました。本人に安全な方法で伝えてください。");
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
		if (identity.sendPasswordLink(userId, false)) {
			redirect.addFlashAttribute("notice", "パスワード再設定のリンクを " + account.email()
					+ " へメールで送りました（24時間有効・1回限り）。");
		}
		else {
			redirect.addFlashAttribute("problem", "パスワード再設定のリンクをメールで送れませんでした。"
					+ "メールサーバーの状態を確かめてから、もう一度送ってください。");
		}
		return "redirect:/admin/users/" + userId;
	}

	@PostMapping("/admin/users/{userId}/permissions")
	String setPermissions(@PathVariable String userId, @RequestParam Map<String, String> params,
			@AuthenticationPrincipal KyoyuPrincipal admin, RedirectAttributes redirect) {
		Map<Feature, AccessLevel> permissions = new EnumMap<>(Feature.class);
		for (Feature feature : Feature.values()) {
			String level = params.getOrDefault("perm_" + feature.name(), "NONE");
			permissions.put(feature, parseLevel(level));
		}
		return act(userId, redirect, () -> identity.setPermissions(userId, permissions, admin.userId()),
				"権限を更新しました。本人の次回ログインから有効になります。");
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
			identity.delete(userId, admin.userId());
			redirect.addFlashAttribute("notice", "利用者「" + userId + "」を削除しました。");
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
		model.addAttribute("passwordRules", identity.passwordRules());
		return "identity/user-form";
	}

	private static AccessLevel parseLevel(String level) {
		try {
			return AccessLevel.valueOf(level);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("permissions", "権限レベル「" + level + "」は選べません。");
		}
	}
}
