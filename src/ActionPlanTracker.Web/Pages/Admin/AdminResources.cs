namespace ActionPlanTracker.Web.Pages.Admin;

/// <summary>The texts of the administration pages: users and the e-mail outbox.</summary>
public sealed class AdminResources;
