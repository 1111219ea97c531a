using System.Reflection;

namespace SolidarityGraph.GraphQL.CodeFirst.Building;

/// <summary>
/// Compares members by declaration, not by how they were reached: <c>p =&gt; p.Id</c> on a derived class and the
/// base class's own <c>Id</c> are different <see cref="MemberInfo"/> objects (their reflected types differ) but one member.
/// An override is the member it overrides: <c>e =&gt; e.Kind</c> on an abstract base names every subclass's override.
/// </summary>
internal sealed class MemberIdentity : IEqualityComparer<MemberInfo>
{
    public static readonly MemberIdentity Comparer = new();

    public static bool Same(MemberInfo? a, MemberInfo? b)
    {
        if (a is null || b is null)
        {
            return false;
        }

        a = Definition(a);
        b = Definition(b);
        return a.MetadataToken == b.MetadataToken && a.Module == b.Module;
    }

    public bool Equals(MemberInfo? x, MemberInfo? y) => ReferenceEquals(x, y) || Same(x, y);

    public int GetHashCode(MemberInfo obj) => Definition(obj).MetadataToken;

    /// <summary>The property an overriding property overrides (recursively); any other member itself.</summary>
    private static MemberInfo Definition(MemberInfo member)
    {
        if (member is not PropertyInfo { GetMethod: { } getter } property)
        {
            return member;
        }

        var root = getter.GetBaseDefinition();
        if (root.DeclaringType is not { } declaring || declaring == property.DeclaringType)
        {
            return member;
        }

        const BindingFlags Flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        return declaring.GetProperty(property.Name, Flags) ?? member;
    }
}
