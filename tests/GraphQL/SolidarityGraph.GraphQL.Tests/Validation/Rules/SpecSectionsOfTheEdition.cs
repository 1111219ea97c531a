using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.Testing;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <summary>One section of the pinned spec edition, as <c>SpecSections.September2025.txt</c> lists it.</summary>
public sealed record EditionSection(string Number, string Title, string Anchor)
{
    /// <summary>The section's absolute link in the pinned edition.</summary>
    public string Link => SpecLinks.Edition + "#" + Anchor;
}

/// <summary>
/// The sections of chapters 3 and 5 of the pinned edition (numbers, titles, anchors), read from the list beside this
/// file, so that tests can check a rule's section number and link against the edition rather than against each other.
/// </summary>
public static class SpecSectionsOfTheEdition
{
    private static readonly Lazy<IReadOnlyList<EditionSection>> Sections = new(Read);

    /// <summary>Every listed section, in the edition's order.</summary>
    public static IReadOnlyList<EditionSection> All => Sections.Value;

    /// <summary>The section that <paramref name="link"/> points to, or <see langword="null"/> when it is none of them.</summary>
    public static EditionSection? ByLink(string link) => All.FirstOrDefault(s => s.Link == link);

    /// <summary>The section numbered <paramref name="number"/>, or <see langword="null"/>.</summary>
    public static EditionSection? ByNumber(string number) => All.FirstOrDefault(s => s.Number == number);

    private static IReadOnlyList<EditionSection> Read()
    {
        var path = Path.Combine(
            RepositoryPaths.RepositoryRoot, "tests", "GraphQL", "SolidarityGraph.GraphQL.Tests", "Validation", "Rules", "SpecSections.September2025.txt");
        return File.ReadAllLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('|'))
            .Select(parts => new EditionSection(parts[0], parts[1], parts[2]))
            .ToList();
    }
}
