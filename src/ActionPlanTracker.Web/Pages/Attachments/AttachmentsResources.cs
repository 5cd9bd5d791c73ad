namespace ActionPlanTracker.Web.Pages.Attachments;

/// <summary>The texts of the evidence documents page and of the reasons an upload is refused.</summary>
public sealed class AttachmentsResources;
