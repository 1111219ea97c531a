using System.Security.Cryptography;
using System.Text.Json;
using SolidarityGraph.Domain.Seed;
using Xunit.Abstractions;

namespace SolidarityGraph.Domain.Tests.Seed;

/// <summary>DOMAIN.md §5.9 (1): every quote in the seed data is verbatim in its seed document, whose hash matches.</summary>
public sealed class SeedQuoteTests(ITestOutputHelper output)
{
    [Fact]
    public void EveryCitationQuoteIsAVerbatimSubstringOfItsSeedDocument()
    {
        if (!SeedDocuments.Available(output))
        {
            return;
        }

        using var seed = ReadEmbeddedSeed();
        var texts = Sources(seed.RootElement).ToDictionary(
            s => s.Id,
            s => SeedDocuments.Normalise(File.ReadAllText(Path.Combine(SeedDocuments.Folder, s.SeedFile))));

        var citations = Citations(seed.RootElement, "$").ToList();
        var failures = citations
            .Where(c => !texts.TryGetValue(c.Source, out var text) || !text.Contains(SeedDocuments.Normalise(c.Quote), StringComparison.Ordinal))
            .Select(c => $"{c.Path}: «{c.Quote}» not found in {c.Source}")
            .ToList();

        Assert.True(citations.Count > 200, $"expected the full dataset's citations, found {citations.Count}");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        output.WriteLine($"{citations.Count} quotes checked against {texts.Count} seed documents.");
    }

    [Fact]
    public void EverySourceHashMatchesItsSeedFile()
    {
        if (!SeedDocuments.Available(output))
        {
            return;
        }

        using var seed = ReadEmbeddedSeed();
        var sources = Sources(seed.RootElement).ToList();

        Assert.Equal(5, sources.Count);
        foreach (var source in sources)
        {
            var bytes = File.ReadAllBytes(Path.Combine(SeedDocuments.Folder, source.SeedFile));
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), source.Sha256);
        }
    }

    [Fact]
    public void QuoteCheckRejectsAQuoteThatIsNotInTheDocument()
    {
        // Guards the matcher itself: whitespace differences pass, changed words do not.
        var text = SeedDocuments.Normalise("The total budget  for the\n project is 69,966 euros.");
        Assert.Contains(SeedDocuments.Normalise("budget for the project"), text, StringComparison.Ordinal);
        Assert.DoesNotContain(SeedDocuments.Normalise("budget for this project"), text, StringComparison.Ordinal);
    }

    private static JsonDocument ReadEmbeddedSeed()
    {
        using var stream = SeedReader.OpenEmbedded();
        return JsonDocument.Parse(stream);
    }

    private static IEnumerable<(string Id, string SeedFile, string Sha256)> Sources(JsonElement root) =>
        root.GetProperty("sources").EnumerateArray().Select(s => (
            s.GetProperty("id").GetString()!,
            s.GetProperty("seedFile").GetString()!,
            s.GetProperty("contentSha256").GetString()!));

    /// <summary>Every object holding both <c>source</c> and <c>quote</c>, wherever it is nested.</summary>
    private static IEnumerable<(string Path, string Source, string Quote)> Citations(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("quote", out var quote) && element.TryGetProperty("source", out var source))
            {
                yield return (path, source.GetString() ?? string.Empty, quote.GetString() ?? string.Empty);
            }

            foreach (var property in element.EnumerateObject())
            {
                foreach (var citation in Citations(property.Value, $"{path}.{property.Name}"))
                {
                    yield return citation;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                foreach (var citation in Citations(item, $"{path}[{index++}]"))
                {
                    yield return citation;
                }
            }
        }
    }
}
