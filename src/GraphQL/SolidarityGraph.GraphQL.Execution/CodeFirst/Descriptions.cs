using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace SolidarityGraph.GraphQL.CodeFirst;

/// <summary>
/// The description a type, field, argument or enum value gets when its definition gives none: the CLR member's
/// <see cref="GraphQLDescriptionAttribute"/>, else the <c>&lt;summary&gt;</c> of its XML documentation (the
/// <c>.xml</c> file the compiler writes beside the assembly with <c>GenerateDocumentationFile</c>), as Hot Chocolate
/// does. The domain is then documented once, in its code, and the schema reference shows the same words.
/// </summary>
public static partial class Descriptions
{
    private static readonly ConcurrentDictionary<Assembly, IReadOnlyDictionary<string, string>> Files = new();

    /// <summary>
    /// The attribute's description, else the XML summary, else <see langword="null"/>. A summary that only restates
    /// the member's name ("Title.", "The project." on <c>ProjectId</c>) is left out: it would tell a reader nothing.
    /// </summary>
    public static string? Of(MemberInfo? member)
    {
        var description = Find(member);
        return member is not null and not Type && description is not null && IsEcho(description, member.Name) ? null : description;
    }

    private static string? Find(MemberInfo? member)
    {
        if (member is null)
        {
            return null;
        }

        if (member.GetCustomAttribute<GraphQLDescriptionAttribute>(inherit: false) is { } attribute)
        {
            return attribute.Description;
        }

        var assembly = (member as Type ?? member.DeclaringType)?.Assembly;
        if (assembly is null || Id(member) is not { } id)
        {
            return null;
        }

        var summaries = Summaries(assembly);
        if (summaries.TryGetValue(id, out var summary))
        {
            return summary;
        }

        // A positional record documents its properties as <param> of the type.
        return member is PropertyInfo { DeclaringType: { } owner } && summaries.TryGetValue(ParameterId(owner, member.Name), out var parameter) ? parameter : null;
    }

    private static bool IsEcho(string description, string name)
    {
        var said = Words().Matches(description.ToLowerInvariant()).Select(m => m.Value).Where(w => w is not ("the" or "a" or "an")).ToList();
        var named = CamelWords().Matches(name).Select(m => m.Value.ToLowerInvariant()).ToList();
        if (named.Count > 1 && named[^1] == "id")
        {
            named.RemoveAt(named.Count - 1);
        }

        return said.SequenceEqual(named);
    }

    private static string ParameterId(Type type, string name) => "T:" + TypeId(type) + "#" + name;

    /// <summary>The XML documentation ID (<c>T:Ns.Type</c>, <c>P:Ns.Type.Name</c>, <c>F:…</c>); methods are not looked up.</summary>
    private static string? Id(MemberInfo member) => member switch
    {
        Type type => "T:" + TypeId(type),
        PropertyInfo property when property.DeclaringType is { } owner => "P:" + TypeId(owner) + "." + property.Name,
        FieldInfo field when field.DeclaringType is { } owner => "F:" + TypeId(owner) + "." + field.Name,
        _ => null,
    };

    private static string TypeId(Type type) => (type.IsGenericType ? type.GetGenericTypeDefinition() : type).FullName?.Replace('+', '.') ?? type.Name;

    private static IReadOnlyDictionary<string, string> Summaries(Assembly assembly) => Files.GetOrAdd(assembly, Load);

    private static IReadOnlyDictionary<string, string> Load(Assembly assembly)
    {
        var path = assembly.IsDynamic || string.IsNullOrEmpty(assembly.Location) ? null : Path.ChangeExtension(assembly.Location, ".xml");
        if (path is null || !File.Exists(path))
        {
            return new Dictionary<string, string>();
        }

        var members = XDocument.Load(path).Descendants("member").ToList();
        var summaries = members
            .Select(m => (Id: (string?)m.Attribute("name"), Summary: m.Element("summary")))
            .Where(m => m.Id is not null && m.Summary is not null)
            .Select(m => (Id: m.Id!, Text: Render(m.Summary!)));
        var parameters = members
            .Where(m => ((string?)m.Attribute("name"))?.StartsWith("T:", StringComparison.Ordinal) == true)
            .SelectMany(m => m.Elements("param").Select(p => (Id: (string?)m.Attribute("name") + "#" + (string?)p.Attribute("name"), Text: Render(p))));
        return summaries.Concat(parameters)
            .Where(m => m.Text.Length > 0)
            .GroupBy(m => m.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Text, StringComparer.Ordinal);
    }

    /// <summary>Summary markup as schema text: code in backticks, references by their schema-style name, one paragraph per <c>para</c>.</summary>
    private static string Render(XElement summary)
    {
        var text = new StringBuilder();
        foreach (var node in summary.Nodes())
        {
            Append(text, node);
        }

        // "(DOMAIN.md §4.3)" points code readers to a design document that schema readers cannot open.
        var plain = DocumentReference().Replace(text.ToString(), string.Empty);
        var paragraphs = plain.Split('\u2029').Select(p => Whitespace().Replace(p, " ").Trim()).Where(p => p.Length > 0);
        return string.Join("\n\n", paragraphs);
    }

    private static void Append(StringBuilder text, XNode node)
    {
        switch (node)
        {
            case XText plain:
                text.Append(plain.Value);
                break;
            case XElement { Name.LocalName: "see" or "seealso" } reference:
                text.Append((string?)reference.Attribute("langword") ?? Reference((string?)reference.Attribute("cref")) ?? reference.Value);
                break;
            case XElement { Name.LocalName: "paramref" or "typeparamref" } parameter:
                text.Append('`').Append((string?)parameter.Attribute("name")).Append('`');
                break;
            case XElement { Name.LocalName: "c" } code:
                text.Append('`').Append(code.Value).Append('`');
                break;
            case XElement { Name.LocalName: "para" } paragraph:
                text.Append('\u2029');
                foreach (var child in paragraph.Nodes())
                {
                    Append(text, child);
                }

                text.Append('\u2029');
                break;
            case XElement other:
                foreach (var child in other.Nodes())
                {
                    Append(text, child);
                }

                break;
        }
    }

    /// <summary><c>T:Ns.Money</c> → Money; <c>P:Ns.Funding.Amount</c> → <c>`amount`</c> (the field's name by convention).</summary>
    private static string? Reference(string? cref)
    {
        if (string.IsNullOrEmpty(cref) || cref.Length < 3)
        {
            return null;
        }

        var name = cref[2..];
        var parenthesis = name.IndexOf('(', StringComparison.Ordinal);
        name = parenthesis < 0 ? name : name[..parenthesis];
        name = name[(name.LastIndexOf('.') + 1)..];
        return cref[0] == 'T' ? name : "`" + NameConventions.CamelCase(name) + "`";
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\s*\([^()]*\b[\w-]+\.md\b[^()]*\)")]
    private static partial Regex DocumentReference();

    [GeneratedRegex(@"[a-z0-9]+")]
    private static partial Regex Words();

    [GeneratedRegex(@"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])")]
    private static partial Regex CamelWords();
}
