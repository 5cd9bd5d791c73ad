using ActionPlanTracker.Web.Localization;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Accessibility;

/// <summary>
/// A wide table scrolls inside its <c>div.table-wrap</c> on a narrow screen. A keyboard user must be able to scroll
/// it too (WCAG 2.1.1), so every such frame can take focus and is announced as a region.
/// </summary>
[HtmlTargetElement("div", Attributes = "class")]
public sealed class TableWrapTagHelper(IStringLocalizer<SharedResources> text) : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var classes = output.Attributes["class"]?.Value?.ToString() ?? "";
        if (!classes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("table-wrap") || output.Attributes.ContainsName("tabindex"))
        {
            return;
        }

        output.Attributes.SetAttribute("tabindex", "0");
        output.Attributes.SetAttribute("role", "region");
        if (!output.Attributes.ContainsName("aria-label") && !output.Attributes.ContainsName("aria-labelledby"))
        {
            output.Attributes.SetAttribute("aria-label", text["Layout.Table"].Value);
        }
    }
}
