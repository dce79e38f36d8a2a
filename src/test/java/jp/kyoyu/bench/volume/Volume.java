package jp.kyoyu.bench.volume;

/**
 * How much the generator makes: issue #21's prefecture at {@code scale} 1.0 (200 projects × 40 members, 100,000
 * proposals, 400,000 posts and replies, 100,000 documents, 300,000 schedule events, 20,000 consultations). A smaller
 * scale cuts the number of projects and keeps what one project holds, so a project's own pages see the full
 * per-project volume at any scale and only the lists across projects shrink.
 */
record Volume(int projects, int membersPerProject, int proposalsPerProject, int postsPerProject,
		int repliesPerPost, int documentsPerProject, int eventsPerProject, int consultationsPerProject) {

	static Volume at(double scale) {
		int projects = Math.max(2, (int) Math.round(200 * scale));
		return new Volume(projects, 40, 500, 500, 3, 500, 1_500, 100);
	}

	/** {@code -Dbench.scale=0.05} for a quick run (1/20); default the full volume. */
	static Volume fromSystemProperty() {
		return at(Double.parseDouble(System.getProperty("bench.scale", "1")));
	}

	long proposals() {
		return (long) projects * proposalsPerProject;
	}

	long postsAndReplies() {
		return (long) projects * postsPerProject * (1 + repliesPerPost);
	}

	@Override
	public String toString() {
		return projects + " projects × " + membersPerProject + " members, " + proposals() + " proposals, "
				+ postsAndReplies() + " posts and replies, " + (long) projects * documentsPerProject + " documents, "
				+ (long) projects * eventsPerProject + " events, " + (long) projects * consultationsPerProject
				+ " consultations";
	}
}
