using System.Globalization;
using System.Reflection;
using System.Text;
using SolidarityGraph.Domain.Common;
using SolidarityGraph.Domain.Privacy;

namespace SolidarityGraph.Domain.Sources;

/// <summary>
/// When a citation's quote is personal data (DOMAIN.md §4.2 applied to provenance). Quotes are public evidence, so
/// the exceptions are explicit:
/// <list type="bullet">
/// <item>a citation whose subject is a personal-data record (an S, X or I type such as <c>Entrepreneur</c>), or that
/// supports a protected field (e.g. <c>PublicContact.email</c>), is steward-only as a whole
/// (<see cref="Citation.IsStewardOnly"/>);</item>
/// <item>a citation marked <see cref="Citation.ContainsPersonalData"/> keeps a public existence, but its quote is
/// steward-only;</item>
/// <item>a quote that names a known person (an entrepreneur's or a public contact's full name) cannot be saved
/// unmarked (<see cref="QuoteNamesPerson"/>): checked when the citation is saved, so every edit path applies it.</item>
/// </list>
/// </summary>
public static class CitationPrivacy
{
    /// <summary>Code: the quote names a known person record and the citation is not marked as containing personal data.</summary>
    public const string QuoteNamesPerson = "CITATION_QUOTE_NAMES_PERSON";

    /// <summary>Names shorter than this (after normalising) are too ambiguous to match, e.g. initials.</summary>
    private const int ShortestName = 4;

    // NodeKind members name their entity classes (NodeKind.cs), so the kind's privacy class is the class's.
    private static readonly Dictionary<NodeKind, Type> EntityTypes = typeof(EntityBase).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(EntityBase)) && !t.IsAbstract && Enum.IsDefined(typeof(NodeKind), t.Name))
        .ToDictionary(t => Enum.Parse<NodeKind>(t.Name), t => t);

    /// <summary>
    /// True when a citation of <paramref name="subject"/> supporting <paramref name="supports"/> must be steward-only:
    /// the subject's type is personal or internal, or a supported field path starts with a protected member.
    /// </summary>
    public static bool IsStewardOnly(SubjectRef subject, IEnumerable<string> supports)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(supports);
        if (!EntityTypes.TryGetValue(subject.Kind, out var type))
        {
            return false;
        }

        return PrivacyMetadata.RequiresSteward(PrivacyMetadata.Of(type)) || supports.Any(path => IsProtectedField(type, path));
    }

    /// <summary>
    /// The first of <paramref name="personNames"/> that <paramref name="quote"/> contains as a whole name, or null.
    /// Matching ignores case, diacritics and punctuation and needs word boundaries on both sides: «Mr.Guillermo Rojo»
    /// and «GUILLERMO ROJO,» name Guillermo Rojo; «Guillermo Rojos» does not.
    /// </summary>
    public static string? FindNamedPerson(string quote, IEnumerable<string?> personNames)
    {
        ArgumentNullException.ThrowIfNull(personNames);
        var words = " " + Fold(quote) + " ";
        return personNames.FirstOrDefault(name => Fold(name) is { Length: >= ShortestName } folded && words.Contains(" " + folded + " ", StringComparison.Ordinal));
    }

    /// <summary>
    /// Throws <see cref="QuoteNamesPerson"/> when an unmarked citation's quote names one of <paramref name="personNames"/>.
    /// The message does not repeat the name, so the refusal tells the writer nothing beyond what the quote holds.
    /// </summary>
    /// <exception cref="DomainException">The quote names a known person.</exception>
    public static void RefuseUnmarkedPersonName(Citation citation, IEnumerable<string?> personNames)
    {
        ArgumentNullException.ThrowIfNull(citation);
        if (!citation.ContainsPersonalData && FindNamedPerson(citation.Quote, personNames) is not null)
        {
            throw new DomainException(
                QuoteNamesPerson,
                "The quote names a known person (an entrepreneur or public contact). Mark the citation as containing personal data (containsPersonalData: true): its quote is then shown to stewards only.");
        }
    }

    /// <summary>Lowercase, diacritics removed, every run of non-letters and non-digits as one space, trimmed.</summary>
    internal static string Fold(string? text)
    {
        var decomposed = (text ?? string.Empty).Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        var space = true;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                folded.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (!space)
            {
                folded.Append(' ');
                space = true;
            }
        }

        return folded.ToString().TrimEnd();
    }

    private static bool IsProtectedField(Type type, string path)
    {
        var name = path.Split('.', 2)[0].Trim();
        var property = type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        return property is not null && PrivacyMetadata.RequiresSteward(PrivacyMetadata.Of(property));
    }
}
