namespace ActionPlanTracker.Domain.Tests.Plan;

/// <summary>
/// A plan's next version and the lineage of its commitments: what each new commitment continues, and what follows into
/// it (continued or reworded: carried; split: copied to each; merged: what the administrator chose; retired: nothing).
/// </summary>
public sealed class PlanVersionTests
{
    [Fact]
    public void A_draft_copies_the_adopted_version_and_each_commitment_continues_the_one_it_copies()
    {
        var adopted = Adopted();

        var draft = adopted.DraftNext("g7-test-plan-2027");

        Assert.True(draft.IsDraft);
        Assert.Same(adopted, draft.PreviousVersion);
        Assert.Equal(adopted.Commitments.Select(c => (c.Code, c.ShortTitle, c.Text)), draft.Commitments.Select(c => (c.Code, c.ShortTitle, c.Text)));
        Assert.All(draft.Commitments, c => Assert.Equal(LineageKind.Continued, PlanLineage.KindOf(draft, c)));
        Assert.Equal(adopted.Commitments, draft.Commitments.Select(c => Assert.Single(c.CarriedFrom)));
        Assert.Equal([2], Code(draft, "I.1").Priorities.Select(p => p.Number));
        Assert.Contains(Code(draft, "I.1").Priorities[0], draft.Priorities);
        Assert.Equal("Unités spécialisées", Code(draft, "I.1").ShortTitleFr);
        Assert.Empty(PlanLineage.Retired(draft));
    }

    [Fact]
    public void A_reworded_commitment_carries_over_and_is_told_apart_from_one_continued_as_it_was()
    {
        var draft = Adopted().DraftNext("next");

        draft.Reword(Code(draft, "I.2"), "Liaison officers", "Deploy liaison officers to more countries of transit.");

        Assert.Equal(LineageKind.Reworded, PlanLineage.KindOf(draft, Code(draft, "I.2")));
        Assert.Equal(LineageKind.Continued, PlanLineage.KindOf(draft, Code(draft, "I.1")));
        Assert.Equal("I.2", Assert.Single(Code(draft, "I.2").CarriedFrom).Code);
    }

    [Fact]
    public void A_split_commitment_is_copied_to_each_successor()
    {
        var adopted = Adopted();
        var draft = adopted.DraftNext("next");

        var parts = draft.Split(Code(draft, "I.2"), [("I.2", "Officers in origin countries", "Deploy officers in origin countries."), ("I.4", "Officers in transit countries", "Deploy officers in transit countries.")]);

        Assert.Equal(["I.2", "I.4"], parts.Select(p => p.Code));
        Assert.All(parts, p => Assert.Equal(LineageKind.Split, PlanLineage.KindOf(draft, p)));
        Assert.All(parts, p => Assert.Same(Code(adopted, "I.2"), Assert.Single(p.CarriedFrom)));
        Assert.Equal(["I.1", "I.2", "I.3", "I.4"], draft.Pillars[0].Commitments.OrderBy(c => c.Number).Select(c => c.Code));
        Assert.Equal([1, 2, 3, 4], draft.Pillars[0].Commitments.OrderBy(c => c.Number).Select(c => c.Number));
    }

    [Fact]
    public void A_merged_commitment_keeps_the_data_of_the_one_predecessor_chosen_or_of_none()
    {
        var adopted = Adopted();
        var draft = adopted.DraftNext("next");

        var merged = draft.Merge([Code(draft, "I.1"), Code(draft, "I.3")], "I.1", "Specialised units and joint teams", "Both.", keeps: Code(adopted, "I.3"));

        Assert.Equal(LineageKind.Merged, PlanLineage.KindOf(draft, merged));
        Assert.Equal(["I.1", "I.3"], merged.Predecessors.Select(l => l.Predecessor!.Code));
        Assert.Equal(1, merged.Number);
        Assert.Equal(["I.1", "I.2"], draft.Pillars[0].Commitments.OrderBy(c => c.Number).Select(c => c.Code));
        Assert.Same(Code(adopted, "I.3"), Assert.Single(merged.CarriedFrom));
        draft.Keep(merged, null);
        Assert.Empty(merged.CarriedFrom);
        draft.Keep(merged, Code(adopted, "I.1"));
        Assert.Same(Code(adopted, "I.1"), Assert.Single(merged.CarriedFrom));
    }

    [Fact]
    public void A_merged_commitment_cannot_keep_the_data_of_a_commitment_it_does_not_continue()
    {
        var adopted = Adopted();
        var draft = adopted.DraftNext("next");
        var merged = draft.Merge([Code(draft, "I.1"), Code(draft, "I.3")], "I.1", "Merged", "Both.", keeps: null);

        var refused = Assert.Throws<DomainRuleException>(() => draft.Keep(merged, Code(adopted, "II.1")));

        Assert.Equal("I.1 can keep the data of a commitment it continues only, not of II.1.", refused.Message);
    }

    [Fact]
    public void A_retired_commitment_ends_with_the_version_it_was_in_and_nothing_continues_it()
    {
        var adopted = Adopted();
        var draft = adopted.DraftNext("next");

        draft.Retire(Code(draft, "II.1"));

        Assert.DoesNotContain(draft.Commitments, c => c.Code == "II.1");
        Assert.Same(Code(adopted, "II.1"), Assert.Single(PlanLineage.Retired(draft)));
        Assert.Contains(adopted.Commitments, c => c.Code == "II.1");
    }

    [Fact]
    public void A_new_commitment_continues_nothing_or_commitments_of_the_version_it_revises()
    {
        var adopted = Adopted();
        var draft = adopted.DraftNext("next");

        var fresh = draft.AddCommitment(draft.Pillars[1], "II.2", "Online smuggling", "Counter smuggling offered online.", []);
        var continuing = draft.AddCommitment(draft.Pillars[1], "II.3", "Follow-up", "Follow up.", [Code(adopted, "II.1")]);

        Assert.Equal(LineageKind.New, PlanLineage.KindOf(draft, fresh));
        Assert.Equal(2, fresh.Number);
        Assert.Equal(LineageKind.Split, PlanLineage.KindOf(draft, continuing));
    }

    [Fact]
    public void A_commitment_cannot_continue_one_of_another_plan_nor_of_its_own_draft()
    {
        var adopted = Adopted();
        var draft = adopted.DraftNext("next");
        var other = Adopted("g7-other-plan");

        var fromOtherPlan = Assert.Throws<DomainRuleException>(() => draft.AddCommitment(draft.Pillars[0], "I.9", "Borrowed", "Text.", [Code(other, "I.1")]));
        var fromItself = Assert.Throws<DomainRuleException>(() => draft.AddCommitment(draft.Pillars[0], "I.9", "Circular", "Text.", [Code(draft, "I.1")]));

        Assert.Equal("I.1 is not a commitment of the version next revises: a commitment continues only commitments of that version.", fromOtherPlan.Message);
        Assert.Equal(fromOtherPlan.Message, fromItself.Message);
        Assert.DoesNotContain(draft.Commitments, c => c.Code == "I.9");
    }

    [Fact]
    public void A_new_plan_has_no_version_before_it_so_its_commitments_continue_nothing()
    {
        var plan = Adopted();

        Assert.Null(plan.PreviousVersion);
        Assert.All(plan.Commitments, c => Assert.Equal(LineageKind.New, PlanLineage.KindOf(plan, c)));
        Assert.Empty(PlanLineage.Retired(plan));
    }

    [Fact]
    public void An_adopted_version_changes_only_through_a_new_version()
    {
        var adopted = Adopted();

        Assert.Throws<DomainRuleException>(() => adopted.Reword(Code(adopted, "I.1"), "Other", "Other."));
        Assert.Throws<DomainRuleException>(() => adopted.Retire(Code(adopted, "I.1")));
        var refused = Assert.Throws<DomainRuleException>(() => adopted.Adopt("Rome", new(2027, 1, 1), new(2027, 1, 2), "source"));
        Assert.Equal("g7-test-plan is adopted: its commitments change only in a new version.", refused.Message);
    }

    [Fact]
    public void A_draft_is_adopted_with_its_meeting_and_only_then_monitored()
    {
        var draft = Adopted().DraftNext("next");
        var code = CycleCode.Parse("2028-H1");

        var onDraft = Assert.Throws<DomainRuleException>(() => new ReportingCycle(code, code.PeriodStart, code.PeriodEnd, code.PeriodEnd.AddDays(15), code.PeriodEnd.AddDays(45), [draft]));
        draft.Adopt("G7 Interior Ministers' Meeting, Berlin", new(2027, 11, 3), new(2027, 11, 4), "https://example.org/plan-2027");
        var cycle = new ReportingCycle(code, code.PeriodStart, code.PeriodEnd, code.PeriodEnd.AddDays(15), code.PeriodEnd.AddDays(45), [draft]);

        Assert.Equal("next is a draft: a cycle monitors adopted plans only.", onDraft.Message);
        Assert.Equal((PlanState.Adopted, "G7 Interior Ministers' Meeting, Berlin", new DateOnly(2027, 11, 4)), (draft.State, draft.AdoptedAt, draft.MeetingEnd));
        Assert.Same(draft, Assert.Single(cycle.Plans).Plan);
        Assert.Throws<DomainRuleException>(() => draft.DraftNext("draft-of-a-draft").DraftNext("again"));
    }

    [Fact]
    public void A_code_is_used_once_in_a_version_and_splits_and_merges_take_two()
    {
        var draft = Adopted().DraftNext("next");

        Assert.Equal("next already has a commitment I.1.",
            Assert.Throws<DomainRuleException>(() => draft.AddCommitment(draft.Pillars[0], "I.1", "Again", "Text.", [])).Message);
        Assert.Throws<DomainRuleException>(() => draft.Split(Code(draft, "I.1"), [("I.5", "One part", "Text.")]));
        Assert.Throws<DomainRuleException>(() => draft.Merge([Code(draft, "I.1"), Code(draft, "I.1")], "I.6", "Itself", "Text.", null));
        Assert.Equal(3, draft.Pillars[0].Commitments.Count);
    }

    /// <summary>An adopted plan: pillar I with I.1–I.3 (I.1 tagged with priority 2, translated), pillar II with II.1.</summary>
    [Fact]
    public void A_new_plan_is_built_in_its_draft_pillar_by_pillar_numbered_as_plans_number_them()
    {
        var plan = ActionPlan.NewDraft("g7-test-new", "New plan", "Plan nouveau", "G7 Interior and Security Ministers");

        var pillars = Enumerable.Range(1, 4).Select(n => plan.AddPillar($"Pillar {n}", "G7 members will:")).ToList();
        var first = plan.AddPriority("Victims first.", "Protect the people smuggled.");
        var second = plan.AddPriority("Evidence.", "Measure what works.");
        var commitment = plan.AddCommitment(pillars[3], "IV.1", "Data", "Share data.", []);

        Assert.True(plan.IsDraft);
        Assert.Null(plan.PreviousVersion);
        Assert.Equal("Plan nouveau", plan.TitleFr);
        Assert.Equal(["I", "II", "III", "IV"], pillars.Select(p => p.Numeral));
        Assert.Equal([1, 2, 3, 4], pillars.Select(p => p.Number));
        Assert.Equal([1, 2], new[] { first.Number, second.Number });
        Assert.Equal(1, commitment.Number);
        Assert.Equal(LineageKind.New, PlanLineage.KindOf(plan, commitment));
    }

    [Fact]
    public void A_draft_without_commitments_or_with_a_merge_not_decided_is_not_adopted()
    {
        var empty = ActionPlan.NewDraft("g7-test-empty", "Empty", null, "G7");
        empty.AddPillar("Pillar", "G7 members will:");
        Assert.Throws<DomainRuleException>(() => empty.Adopt("Rome", new(2027, 1, 1), new(2027, 1, 1), ""));

        var adopted = Adopted();
        var draft = adopted.DraftNext("next");
        draft.Retire(Code(draft, "I.1"));
        draft.Retire(Code(draft, "I.3"));
        var merged = draft.AddCommitment(draft.Pillars[0], "I.9", "Both", "Both at once.", [Code(adopted, "I.1"), Code(adopted, "I.3")]);

        var undecided = Assert.Throws<DomainRuleException>(() => draft.Adopt("Rome", new(2027, 1, 1), new(2027, 1, 2), ""));
        Assert.Contains("I.9", undecided.Message, StringComparison.Ordinal);
        Assert.True(draft.IsDraft);

        draft.Keep(merged, Code(adopted, "I.3"));
        draft.Adopt("Rome", new(2027, 1, 1), new(2027, 1, 2), "");
        Assert.False(draft.IsDraft);
        Assert.Equal(["I.3"], merged.CarriedFrom.Select(c => c.Code));
        Assert.Throws<DomainRuleException>(() => draft.AddPillar("Too late", "G7 members will:"));
        Assert.Throws<DomainRuleException>(() => draft.AddPriority("Too late", "Adopted already."));
    }

    [Theory]
    [InlineData(1, "I")]
    [InlineData(4, "IV")]
    [InlineData(9, "IX")]
    [InlineData(14, "XIV")]
    [InlineData(40, "XL")]
    [InlineData(1994, "MCMXCIV")]
    public void Pillars_are_numbered_in_roman_numerals(int number, string numeral) => Assert.Equal(numeral, RomanNumeral.Of(number));

    private static ActionPlan Adopted(string key = "g7-test-plan")
    {
        var plan = A.Plan(key);
        plan.Add(new Priority(1, "Prevent", "Prevent smuggling."));
        var protect = new Priority(2, "Protect", "Protect migrants.");
        plan.Add(protect);
        var one = new Pillar(1, "I", "Law enforcement", "G7 members will:");
        var first = new Commitment(1, "I.1", "Specialised units", "Set up specialised units.");
        first.Tag(protect);
        first.Translate("Unités spécialisées", null);
        one.Add(first);
        one.Add(new Commitment(2, "I.2", "Liaison officers", "Deploy liaison officers."));
        one.Add(new Commitment(3, "I.3", "Joint teams", "Set up joint investigation teams."));
        var two = new Pillar(2, "II", "Cooperation", "G7 members will:");
        two.Add(new Commitment(1, "II.1", "UNTOC", "Implement UNTOC."));
        plan.Add(one);
        plan.Add(two);
        return plan;
    }

    private static Commitment Code(ActionPlan plan, string code) => plan.Commitments.Single(c => c.Code == code);
}
