namespace ActionPlanTracker.Domain;

/// <summary>
/// Which member held the G7 presidency in a calendar year. The presidency rotates among the G7 each year; a cycle runs
/// under the presidency of the year it starts in.
/// </summary>
public sealed class Presidency
{
    /// <summary>The first G7 summit was held in 1975; years beyond the next decades are typing mistakes.</summary>
    public const int FirstYear = 1975;

    public const int LastYear = 2100;

    private Presidency() { }

    public Presidency(int year, Member holder)
    {
        if (year is < FirstYear or > LastYear)
        {
            throw new DomainRuleException(DomainText.Format("Presidency.Year", FirstYear, LastYear));
        }

        Year = year;
        Hand(holder);
    }

    public int Year { get; private set; }

    public int MemberId { get; private set; }

    /// <summary>The holder, for queries to read through; loaded only when a query asks.</summary>
    public Member? Member { get; private set; }

    public uint Version { get; private set; }

    /// <summary>Records (or corrects) who holds the presidency: a G7 member, never a coalition partner.</summary>
    public void Hand(Member holder)
    {
        if (!holder.IsG7Member)
        {
            throw new DomainRuleException(DomainText.Format("Presidency.G7Only", holder.Name));
        }

        Member = holder;
        MemberId = holder.Id;
    }
}
