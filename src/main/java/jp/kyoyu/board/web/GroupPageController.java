package jp.kyoyu.board.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoyu.board.BoardGroups;
import jp.kyoyu.board.UserGroupView;
import jp.kyoyu.identity.IdentityManagement;
import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.identity.UserAccount;
import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.NotFoundException;
import jp.kyoyu.shared.Wording;
import jp.kyoyu.shared.web.FormErrors;

/** The user's own groups (C2.9): making one, and every post and reply of its members' projects in one place. */
@Controller
class GroupPageController {

	private final BoardGroups groups;

	private final IdentityManagement identity;

	GroupPageController(BoardGroups groups, IdentityManagement identity) {
		this.groups = groups;
		this.identity = identity;
	}

	@GetMapping("/board/groups")
	String list(@AuthenticationPrincipal KyoyuPrincipal user, Model model) {
		return page(null, List.of(), List.of(), user, model);
	}

	@PostMapping("/board/groups")
	String create(@RequestParam(required = false) String name,
			@RequestParam(name = "members", required = false) List<String> members,
			@AuthenticationPrincipal KyoyuPrincipal user, Model model, RedirectAttributes redirect) {
		UserGroupView group;
		try {
			group = groups.create(name, members, user.userId());
		}
		catch (InvalidInputException e) {
			return page(name, members == null ? List.of() : members, e.problems(), user, model);
		}
		redirect.addFlashAttribute("notice", Wording.of("board.notice.group-created", group.name()));
		return "redirect:/board/groups/" + group.id();
	}

	@GetMapping("/board/groups/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal KyoyuPrincipal user, Model model) {
		UserGroupView group = groups.mine(user.userId()).stream()
			.filter(mine -> mine.id() == id)
			.findFirst()
			.orElseThrow(() -> new NotFoundException(Wording.of("board.group.not-found")));
		model.addAttribute("group", group);
		model.addAttribute("memberNames", memberNames(group, names()));
		model.addAttribute("tree", groups.posts(id, user.userId()));
		return "board/group";
	}

	private String page(String name, List<String> members, List<FieldProblem> problems, KyoyuPrincipal user,
			Model model) {
		List<UserGroupView> mine = groups.mine(user.userId());
		Map<String, String> names = names();
		model.addAttribute("groups", mine);
		model.addAttribute("memberNames", mine.stream()
			.collect(Collectors.toMap(UserGroupView::id, group -> memberNames(group, names))));
		model.addAttribute("users", identity.findAll().stream().filter(UserAccount::enabled).toList());
		model.addAttribute("name", name);
		model.addAttribute("members", members);
		model.addAttribute("problems", problems);
		model.addAttribute("errors", FormErrors.byField(problems));
		return "board/groups";
	}

	private static String memberNames(UserGroupView group, Map<String, String> names) {
		return group.members().stream().map(id -> names.getOrDefault(id, id)).collect(Collectors.joining("、"));
	}

	private Map<String, String> names() {
		return identity.findAll().stream().collect(Collectors.toMap(UserAccount::userId, UserAccount::name));
	}
}
