using SolidarityGraph.Domain.Common;

namespace SolidarityGraph.Domain.Tests.Common;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2024", DatePrecision.Year, false)]
    [InlineData("2025-11", DatePrecision.Month, false)]
    [InlineData("2019-11-27", DatePrecision.Day, false)]
    [InlineData("2021~", DatePrecision.Year, true)]
    public void ParseKeepsPrecisionAndRoundTrips(string text, DatePrecision precision, bool approximate)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal(precision, date.Precision);
        Assert.Equal(approximate, date.Approximate);
        Assert.Equal(text, date.ToString());
        Assert.Equal(text.TrimEnd('~'), date.Value);
    }

    [Fact]
    public void MonthPrecisionSpansTheWholeMonth()
    {
        var november = PartialDate.OfMonth(2025, 11);

        Assert.Equal(new DateOnly(2025, 11, 1), november.Start);
        Assert.Equal(new DateOnly(2025, 11, 30), november.End);
    }

    [Fact]
    public void YearPrecisionSpansTheWholeYear()
    {
        var year = PartialDate.OfYear(2024);

        Assert.Equal(new DateOnly(2024, 1, 1), year.Start);
        Assert.Equal(new DateOnly(2024, 12, 31), year.End);
    }

    [Fact]
    public void LeapDayIsAccepted() => Assert.Equal(DatePrecision.Day, PartialDate.OfDay(2024, 2, 29).Precision);

    [Fact]
    public void OrdersByStartThenCoarserPrecisionFirst()
    {
        var dates = new[] { PartialDate.Parse("2019-11-27"), PartialDate.Parse("2019-11"), PartialDate.Parse("2019"), PartialDate.Parse("2018-12") };

        Assert.Equal(new[] { "2018-12", "2019", "2019-11", "2019-11-27" }, dates.Order().Select(d => d.ToString()));
    }

    [Fact]
    public void EqualValuesAreEqual() => Assert.Equal(PartialDate.Parse("2025-11"), PartialDate.OfMonth(2025, 11));

    [Fact]
    public void MonthOutOfRangeIsRejected() =>
        DomainAssert.Throws(DomainErrorCodes.PartialDateInvalid, "Month must be between 1 and 12, got 13.", () => PartialDate.OfMonth(2025, 13));

    [Fact]
    public void DayOutOfRangeIsRejected() =>
        DomainAssert.Throws(DomainErrorCodes.PartialDateInvalid, "Day must be between 1 and 28 for 2023-02, got 29.", () => PartialDate.OfDay(2023, 2, 29));

    [Fact]
    public void YearOutOfRangeIsRejected() =>
        DomainAssert.Throws(DomainErrorCodes.PartialDateInvalid, "Year must be between 1 and 9999, got 0.", () => PartialDate.OfYear(0));

    [Theory]
    [InlineData("Nov 2025")]
    [InlineData("2025-1")]
    [InlineData("25-11")]
    [InlineData("2025-11-27-01")]
    [InlineData("2025/11")]
    public void MalformedTextIsRejected(string text) =>
        DomainAssert.Throws(
            DomainErrorCodes.PartialDateInvalid,
            $"'{text}' is not a partial date: expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by '~'.",
            () => PartialDate.Parse(text));

    [Fact]
    public void ParsedMonthIsRangeChecked() =>
        DomainAssert.Throws(DomainErrorCodes.PartialDateInvalid, "Month must be between 1 and 12, got 13.", () => PartialDate.Parse("2025-13"));

    [Fact]
    public void BlankTextIsRejected() =>
        DomainAssert.Throws(DomainErrorCodes.Required, "Partial date is required.", () => PartialDate.Parse(" "));
}
