namespace ActionPlanTracker.Web.Pages.Admin.Members;

/// <summary>The texts of the pages where administrators keep the members and the G7 presidencies.</summary>
public sealed class AdminMembersResources;
