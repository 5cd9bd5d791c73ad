namespace ActionPlanTracker.Domain;

/// <summary>The Roman numerals plans number their pillars with: I, II, III, IV…</summary>
public static class RomanNumeral
{
    private static readonly (int Value, string Numeral)[] Steps =
        [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];

    public static string Of(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        var numeral = new System.Text.StringBuilder();
        foreach (var (value, letters) in Steps)
        {
            for (; number >= value; number -= value)
            {
                numeral.Append(letters);
            }
        }

        return numeral.ToString();
    }
}
