using ActionPlanTracker.Web.Localization;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Accessibility;

/// <summary>
/// A wide table scrolls inside its <c>div.table-wrap</c> on a narrow screen. A keyboard user must be able to scroll
/// it too (WCAG 2.1.1), so the frame is rendered focusable and announced as a region; wwwroot/js/tables.js then keeps
/// that only for frames whose table overflows, named after the table's caption or heading. A frame the page names
/// itself keeps its name (<c>data-named</c>).
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
        else
        {
            output.Attributes.SetAttribute("data-named", "");
        }
    }
}
