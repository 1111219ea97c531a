namespace SolidarityGraph.Domain.Common;

/// <summary>One language version of a text (DOMAIN.md §4.1 "multilingual text"), language as ISO 639-1.</summary>
public sealed record LocalizedText
{
    /// <summary>Creates a language version; both parts are required.</summary>
    public LocalizedText(string lang, string text)
    {
        Lang = LanguageCode.Require(lang, "Language");
        Text = Guard.Required(text, "Text");
    }

    /// <summary>ISO 639-1 code, lower case (e.g. <c>es</c>).</summary>
    public string Lang { get; }

    /// <summary>The text in that language.</summary>
    public string Text { get; }
}
