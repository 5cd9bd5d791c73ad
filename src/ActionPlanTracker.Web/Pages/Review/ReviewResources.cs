namespace ActionPlanTracker.Web.Pages.Review;

/// <summary>The texts of the review pages.</summary>
public sealed class ReviewResources;
