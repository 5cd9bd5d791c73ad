namespace ActionPlanTracker.Web.Notifications;

/// <summary>The texts of the e-mails and in-application notices, written in each recipient's language.</summary>
public sealed class MessageResources;
