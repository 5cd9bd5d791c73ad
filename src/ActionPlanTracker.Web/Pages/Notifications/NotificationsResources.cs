namespace ActionPlanTracker.Web.Pages.Notifications;

/// <summary>The texts of the signed-in user's list of notifications.</summary>
public sealed class NotificationsResources;
