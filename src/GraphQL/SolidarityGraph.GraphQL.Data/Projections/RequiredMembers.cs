using System.Reflection;
using System.Runtime.CompilerServices;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.GraphQL.Data.Projections;

/// <summary>
/// The parent members a field's resolver reads, from its <c>Requires(...)</c> metadata: a projected parent must read
/// them even when no selected field is bound to them (a foreign key behind a DataLoader field, say). Resolved once per
/// field and parent type.
/// </summary>
internal static class RequiredMembers
{
    private static readonly ConditionalWeakTable<OutputField, MemberInfo[]> Cache = new();

    /// <exception cref="InvalidOperationException">A named member does not exist on <paramref name="parent"/>.</exception>
    public static IReadOnlyList<MemberInfo> Of(OutputField field, Type parent)
    {
        if (!field.ContextData.ContainsKey(MemberFlags.Requires))
        {
            return Array.Empty<MemberInfo>();
        }

        // A field object belongs to one object type, so its parent CLR type never varies.
        return Cache.GetValue(field, f => Resolve(f, parent));
    }

    private static MemberInfo[] Resolve(OutputField field, Type parent)
    {
        var names = field.ContextData[MemberFlags.Requires] as IEnumerable<string> ?? Array.Empty<string>();
        const BindingFlags Flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase;
        return names
            .Select(name => name.Split('.')[0])
            .Distinct(StringComparer.Ordinal)
            .Select(name => (MemberInfo?)parent.GetProperty(name, Flags) ?? parent.GetField(name, Flags)
                ?? throw new InvalidOperationException(
                    $"The field \"{field.Name}\" requires the member \"{name}\", which {parent.Name} does not have."))
            .ToArray();
    }
}
