package jp.kyoyu.identity.web;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoyu.identity.GroupManagement;
import jp.kyoyu.identity.IdentityManagement;
import jp.kyoyu.shared.web.FormErrors;
import jp.kyoyu.shared.ForbiddenException;
import jp.kyoyu.shared.InvalidInputException;

/** Administrators create and delete groups and edit their members. */
@Controller
class AdminGroupController {

	private final GroupManagement groups;

	private final IdentityManagement identity;

	private final IdentityPageTexts texts;

	AdminGroupController(GroupManagement groups, IdentityManagement identity, IdentityPageTexts texts) {
		this.groups = groups;
		this.identity = identity;
		this.texts = texts;
	}

	@GetMapping("/admin/groups")
	String list(Model model) {
		return page(model, "", "", Map.of());
	}

	@PostMapping("/admin/groups")
	String create(@RequestParam(defaultValue = "") String groupId, @RequestParam(defaultValue = "") String name,
			Model model, RedirectAttributes redirect) {
		try {
			groups.create(groupId.strip(), name);
			redirect.addFlashAttribute("notice", texts.get("groups.notice.created", name.strip()));
			return "redirect:/admin/groups";
		}
		catch (InvalidInputException e) {
			return page(model, groupId, name, FormErrors.byField(e.problems()));
		}
	}

	@PostMapping("/admin/groups/{groupId}/members")
	String addMember(@PathVariable String groupId, @RequestParam String userId, RedirectAttributes redirect) {
		return act(redirect, () -> groups.addMember(groupId, userId.strip()), texts.get("groups.notice.memberAdded"));
	}

	@PostMapping("/admin/groups/{groupId}/members/{userId}/remove")
	String removeMember(@PathVariable String groupId, @PathVariable String userId, RedirectAttributes redirect) {
		return act(redirect, () -> groups.removeMember(groupId, userId), texts.get("groups.notice.memberRemoved"));
	}

	@PostMapping("/admin/groups/{groupId}/delete")
	String delete(@PathVariable String groupId, RedirectAttributes redirect) {
		return act(redirect, () -> groups.delete(groupId), texts.get("groups.notice.deleted"));
	}

	private String act(RedirectAttributes redirect, Runnable action, String notice) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("problem", e.problems().get(0).message());
		}
		catch (ForbiddenException e) {
			redirect.addFlashAttribute("problem", e.getMessage());
		}
		return "redirect:/admin/groups";
	}

	private String page(Model model, String groupId, String name, Map<String, ?> errors) {
		model.addAttribute("groups", groups.findAll());
		model.addAttribute("users", identity.findAll());
		model.addAttribute("groupId", groupId);
		model.addAttribute("name", name);
		model.addAttribute("errors", errors);
		return "identity/groups";
	}
}
