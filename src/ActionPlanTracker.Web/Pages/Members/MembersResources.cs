namespace ActionPlanTracker.Web.Pages.Members;

/// <summary>The texts of the member pages.</summary>
public sealed class MembersResources;
