using System.Security.Cryptography;
using System.Text;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Projects;
using SolidarityGraph.Domain.Sources;

namespace SolidarityGraph.Domain.Tests.Sources;

public sealed class TextPassagesTests
{
    private const string Text =
        "Mano a Mano Peru\n\nThe setec Foundation granted 16,322 euros to the association in 2024. The grant pays for two looms!\n" +
        "Weavers in Cusco sell   their cloth at fair prices. Is the market growing? Yes.";

    private static Source Archived(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return SourceText.ArchiveVerified(new Source("Grant note", "en", Convert.ToHexStringLower(SHA256.HashData(bytes)), DateTime.UtcNow), bytes);
    }

    [Fact]
    public void SentencesEndAtSentencePunctuationOrALineBreakAndKeepTheirSpans()
    {
        var sentences = TextPassages.Sentences(Text);

        Assert.Equal(
            ["Mano a Mano Peru", "The setec Foundation granted 16,322 euros to the association in 2024.", "The grant pays for two looms!",
             "Weavers in Cusco sell their cloth at fair prices.", "Is the market growing?", "Yes."],
            sentences.Select(s => s.Text));
        Assert.All(sentences, s => Assert.Equal(s.Text, SourceText.Normalise(Text[s.Start..s.End])));
        Assert.Empty(TextPassages.Sentences(null));
    }

    [Fact]
    public void ContainingFindsSentencesIgnoringCaseAndWhitespace()
    {
        Assert.Equal(["Weavers in Cusco sell their cloth at fair prices."], TextPassages.Containing(Text, "SELL  their").Select(s => s.Text));
        Assert.Equal(2, TextPassages.Containing(Text, "grant").Count);
        Assert.Empty(TextPassages.Containing(Text, "  "));
    }

    [Fact]
    public void NearestIsThePassageMostLikeTheQuote()
    {
        var nearest = TextPassages.Nearest(Text, "granted 16,000 euros to the association")!;

        Assert.Equal("granted 16,322 euros to the association", nearest.Text);
        Assert.Equal(nearest.Text, Text[nearest.Start..nearest.End]);
        Assert.Equal("sell their cloth at fair prices.", TextPassages.Nearest(Text, "sells their cloths at fair price")!.Text);
        Assert.Null(TextPassages.Nearest(Text, "zzz qqq"));
        Assert.Null(TextPassages.Nearest(string.Empty, "granted"));
    }

    [Fact]
    public void AQuoteNotInTheTextIsRefusedWithTheNearestPassage()
    {
        var source = Archived(Text);

        var error = DomainAssert.Throws(SourceText.QuoteNotInSource,
            "The quote «granted 20,000 euros» does not occur in source «Grant note». The nearest passage is «granted 16,322 euros» (characters 39–59).",
            () => SourceText.Locate(source, "granted  20,000 euros"));
        Assert.Equal("granted 16,322 euros", Text[39..59]);
        Assert.Contains("Nothing in it comes close.", Assert.Throws<DomainException>(() => SourceText.Locate(source, "zzz")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LocateTakesTheSelectedOccurrenceOfARepeatedQuote()
    {
        var source = Archived(Text);
        var second = Text.IndexOf("the", Text.IndexOf("the", StringComparison.Ordinal) + 1, StringComparison.Ordinal);

        Assert.Equal((second, second + 3), SourceText.Locate(source, "the", second));
        Assert.Equal(Text.IndexOf("the", StringComparison.Ordinal), SourceText.Locate(source, "the", 1).Start);
    }

    [Fact]
    public void CiteMakesALocatedCitationOfTheRequestedKindAndNamesTheQuoteWhenRefused()
    {
        var source = Archived(Text);
        var project = new Project("Looms", ProjectKind.DevelopmentProject);
        var now = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc);

        var stated = SourceText.Cite(source, project.AsSubject(), new CitationRequest("16,322   euros", ["amount"]), "steward@example.org", now);
        Assert.Equal(("16,322 euros", AssertionKind.Stated, Text.IndexOf("16,322", StringComparison.Ordinal)), (stated.Quote, stated.Assertion, stated.CharStart!.Value));
        var curated = SourceText.Cite(source, project.AsSubject(), new CitationRequest("fair prices", ["kind"], AssertionKind.Curated, "Fair trade."), "steward@example.org", now);
        Assert.Equal(("steward@example.org", now), (curated.Curator, curated.CuratedAt!.Value));

        var refused = Assert.Throws<InvalidDetailException>(() =>
            SourceText.Cite(source, project.AsSubject(), new CitationRequest("unfair prices", ["kind"]), "steward@example.org", now));
        Assert.Equal(("Quote", SourceText.QuoteNotInSource), (refused.Detail, refused.Code));
        Assert.Contains("«fair prices.»", refused.Message, StringComparison.Ordinal);
    }
}
