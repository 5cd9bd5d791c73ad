using System.Globalization;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Reading;
using ActionPlanTracker.Web.ReportForms;

namespace ActionPlanTracker.Web.Pages.Reports;

/// <summary>The report form's indicator values: read as typed, checked against each indicator's rules, stored with the save.</summary>
public sealed partial class EditModel
{
    /// <summary>The commitment's indicators with the report's current values.</summary>
    public IReadOnlyList<IndicatorEntry> Indicators { get; private set; } = [];

    /// <summary>
    /// What was typed for each indicator, checked; problems go next to their field. An indicator the form did not
    /// send keeps its value, so a form read before the indicator existed changes nothing.
    /// </summary>
    private List<(Indicator Indicator, IndicatorReading Current, IndicatorReading Entered)> ReadIndicators()
    {
        var readings = new List<(Indicator, IndicatorReading, IndicatorReading)>();
        var known = Indicators.ToDictionary(e => e.Indicator.Id);
        for (var i = 0; i < Input.Indicators.Count; i++)
        {
            var posted = Input.Indicators[i];
            var key = $"{nameof(Input)}.{nameof(ReportInput.Indicators)}[{i}]";
            if (!known.Remove(posted.Id, out var entry))
            {
                ModelState.AddModelError(key, text["Edit.UnknownIndicator"]);
                continue;
            }

            var indicator = entry.Indicator;
            var total = Parse(posted.Total, $"{key}.Total", text["Edit.IndicatorTotalOf", indicator.Name]);
            var parts = entry.Slots.Select((slot, j) => new IndicatorPart(
                slot.Disaggregation, slot.Category,
                Parse(j < posted.Values.Count ? posted.Values[j] : null, $"{key}.Values[{j}]", text["Edit.IndicatorPartOf", indicator.Name, slot.Category]))).ToList();
            var entered = new IndicatorReading(total, parts);
            foreach (var problem in indicator.Check(entered))
            {
                var slot = entry.Slots.ToList().FindIndex(s => s.Disaggregation == problem.Disaggregation && s.Category == problem.Category);
                ModelState.AddModelError(problem.Category is null && problem.Disaggregation is not null ? key : slot >= 0 ? $"{key}.Values[{slot}]" : $"{key}.Total", problem.Message);
            }

            readings.Add((indicator, entry.Current, entered));
        }

        return readings;
    }

    /// <summary>One input row per indicator, in the page's order, keeping what was typed, so the form can show every field.</summary>
    private void AlignIndicatorInputs() => Input.Indicators = [.. Indicators.Select(entry =>
    {
        var row = Input.Indicators.FirstOrDefault(p => p.Id == entry.Indicator.Id) ?? IndicatorInputOf(entry);
        row.Values = [.. Enumerable.Range(0, entry.Slots.Count).Select(j => j < row.Values.Count ? row.Values[j] : null)];
        return row;
    })];

    /// <summary>An indicator's stored values as the form shows them, written the reader's way: the total, then one value per category in <see cref="IndicatorEntry.Slots"/> order.</summary>
    private static IndicatorInput IndicatorInputOf(IndicatorEntry entry) => new()
    {
        Id = entry.Indicator.Id,
        Total = TypedNumber.Write(entry.Current.Total, CultureInfo.CurrentCulture),
        Values = [.. entry.Slots.Select(s => (string?)TypedNumber.Write(entry.ValueOf(s.Disaggregation, s.Category), CultureInfo.CurrentCulture))],
    };

    private decimal? Parse(string? typed, string key, string what)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return null;
        }

        // In the reader's language: a French "2,5" is two and a half, never twenty-five.
        if (!TypedNumber.TryParse(typed, CultureInfo.CurrentCulture, out var value))
        {
            ModelState.AddModelError(key, text["Edit.NotANumber", what]);
            return null;
        }

        return value;
    }
}
