namespace ActionPlanTracker.Web.Reading;

/// <summary>The texts of the shared read model: the words <see cref="StatusWords"/> gives every page that shows reports.</summary>
public sealed class ReadingResources;
