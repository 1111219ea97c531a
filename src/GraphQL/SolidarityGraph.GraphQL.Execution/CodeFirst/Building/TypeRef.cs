using System.Reflection;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.GraphQL.CodeFirst.Building;

/// <summary>
/// A not yet resolved GraphQL type reference: a CLR type to infer from (with its nullability annotations), a
/// definition or scalar class given with <c>Type&lt;T&gt;()</c>, SDL text given with <c>Type("[String!]")</c>, or a
/// ready <see cref="IType"/>. Resolved by <see cref="TypeResolution"/> once every type has a name.
/// </summary>
internal sealed class TypeRef
{
    private TypeRef()
    {
    }

    public Type? ClrType { get; private init; }

    public NullabilityInfo? Nullability { get; private init; }

    public Type? DefinitionType { get; private init; }

    public string? Sdl { get; private init; }

    public IType? Resolved { get; private init; }

    /// <summary>Marked with <see cref="IDAttribute"/>: the inferred named type is replaced by <c>ID</c>.</summary>
    public bool IsId { get; private init; }

    public static TypeRef FromClr(Type type, NullabilityInfo? nullability, bool isId = false) =>
        new() { ClrType = type, Nullability = nullability, IsId = isId };

    public static TypeRef FromDefinition(Type definitionType) => new() { DefinitionType = definitionType };

    public static TypeRef FromSdl(string sdl) => new() { Sdl = sdl };

    public static TypeRef FromType(IType type) => new() { Resolved = type };

    public override string ToString() => Sdl ?? DefinitionType?.Name ?? ClrType?.Name ?? Resolved?.ToString() ?? "?";
}
