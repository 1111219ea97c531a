namespace SolidarityGraph.GraphQL.Types.Resolvers;

#if NET
/// <summary>
/// Produces the value of one field for one parent object (spec §6.4.2 ResolveFieldValue). A field without a
/// resolver reads the parent's property or dictionary entry named like the field; the executor owns that default.
/// </summary>
/// <param name="context">The parent value, arguments and request services.</param>
/// <returns>The raw field value; the executor completes it against the field type.</returns>
public delegate ValueTask<object?> FieldResolver(IResolverContext context);
#else
/// <summary>
/// Produces the value of one field for one parent object (spec §6.4.2 ResolveFieldValue). On netstandard2.0
/// (used only by build-time tooling, which never executes) the result is a <see cref="Task{TResult}"/> because
/// <c>ValueTask</c> is not part of that framework.
/// </summary>
/// <param name="context">The parent value, arguments and request services.</param>
/// <returns>The raw field value; the executor completes it against the field type.</returns>
public delegate Task<object?> FieldResolver(IResolverContext context);
#endif

/// <summary>
/// Picks the concrete object type of a value of an abstract type (spec §6.4.4 ResolveAbstractType).
/// </summary>
/// <param name="value">The resolved runtime value.</param>
/// <param name="context">The context of the field that produced the value.</param>
/// <param name="abstractType">The interface or union the field is declared with.</param>
/// <returns>The object type, or <see langword="null"/> when unknown (the executor then reports an error).</returns>
public delegate ObjectType? TypeResolver(object value, IResolverContext context, IAbstractType abstractType);

/// <summary>Whether <paramref name="value"/> is a value of the object type that holds this check.</summary>
/// <param name="value">The resolved runtime value.</param>
/// <param name="context">The context of the field that produced the value.</param>
public delegate bool IsTypeOfCheck(object value, IResolverContext context);
