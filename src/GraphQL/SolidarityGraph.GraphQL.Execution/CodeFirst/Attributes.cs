namespace SolidarityGraph.GraphQL.CodeFirst;

/// <summary>Binds a resolver method parameter to the parent object (the value of the type that declares the field).</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ParentAttribute : Attribute
{
}

/// <summary>Binds a resolver method parameter to a request service (<see cref="IServiceProvider.GetService"/>).</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ServiceAttribute : Attribute
{
}

/// <summary>Leaves a member out of the implicitly bound fields, input fields or enum values.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Method)]
public sealed class GraphQLIgnoreAttribute : Attribute
{
}

/// <summary>Overrides the conventional GraphQL name of a type, member, parameter or enum value.</summary>
/// <param name="name">A valid GraphQL name.</param>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Enum
    | AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Method | AttributeTargets.Parameter)]
public sealed class GraphQLNameAttribute(string name) : Attribute
{
    /// <summary>The GraphQL name.</summary>
    public string Name { get; } = name;
}

/// <summary>Describes a type, member, parameter or enum value in the schema (Markdown).</summary>
/// <param name="description">The description.</param>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Enum
    | AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Method | AttributeTargets.Parameter)]
public sealed class GraphQLDescriptionAttribute(string description) : Attribute
{
    /// <summary>The description.</summary>
    public string Description { get; } = description;
}

/// <summary>
/// Adds the public methods of a class (static classes included) as fields of the object type named
/// <see cref="TypeName"/>, so a feature folder can contribute fields to a shared type such as <c>Query</c>.
/// Register the class with <see cref="CodeFirstSchemaBuilder.AddTypeExtension(Type)"/>.
/// </summary>
/// <param name="typeName">The GraphQL name of the extended object type.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public class ExtendObjectTypeAttribute(string typeName) : Attribute
{
    /// <summary>The GraphQL name of the extended object type.</summary>
    public string TypeName { get; } = typeName;
}

/// <summary>Adds the class's public methods as fields of the <c>Query</c> root type.</summary>
public sealed class QueryTypeAttribute() : ExtendObjectTypeAttribute("Query")
{
}

/// <summary>Adds the class's public methods as fields of the <c>Mutation</c> root type.</summary>
public sealed class MutationTypeAttribute() : ExtendObjectTypeAttribute("Mutation")
{
}

/// <summary>
/// Types a property, method result or parameter as <c>ID</c> instead of its CLR mapping, keeping nullability and
/// list shape (<c>string</c> → <c>ID!</c>, <c>IReadOnlyList&lt;string&gt;</c> → <c>[ID!]!</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.ReturnValue)]
public sealed class IDAttribute : Attribute
{
}
