using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.GraphQL.CodeFirst;

/// <summary>Typed access to the parent and services from delegate resolvers.</summary>
public static class ResolverContextExtensions
{
    /// <summary>The parent object as a <typeparamref name="T"/>.</summary>
    /// <exception cref="InvalidCastException">The parent is not a <typeparamref name="T"/>.</exception>
    public static T Parent<T>(this IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return (T)context.Parent!;
    }

    /// <summary>The request service <typeparamref name="T"/>.</summary>
    /// <exception cref="InvalidOperationException">The service is not registered.</exception>
    public static T Service<T>(this IResolverContext context)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Services.GetService(typeof(T)) as T
            ?? throw new InvalidOperationException($"The service {typeof(T).Name} needed by field \"{context.ParentType.Name}.{context.Field.Name}\" is not registered.");
    }
}
