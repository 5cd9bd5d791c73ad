namespace ActionPlanTracker.Web.Pages.Commitments;

/// <summary>The texts of the commitment pages.</summary>
public sealed class CommitmentsResources;
