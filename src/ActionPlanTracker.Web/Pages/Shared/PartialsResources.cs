// The namespace follows the folder, as the resource files' names do (Pages/Shared, where Razor looks for partials).
#pragma warning disable CA1716
namespace ActionPlanTracker.Web.Pages.Shared;
#pragma warning restore CA1716

/// <summary>
/// The texts of the shared partials (report content, form errors, attachments, indicator values and series, roll-ups,
/// member pages), used by many pages.
/// </summary>
public sealed class PartialsResources;
