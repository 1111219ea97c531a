using System.Linq.Expressions;
using System.Reflection;
using SolidarityGraph.GraphQL.Types.Resolvers;

namespace SolidarityGraph.GraphQL.CodeFirst.Resolvers;

/// <summary>What a resolver method parameter is bound to.</summary>
internal enum ParameterKind
{
    /// <summary>A GraphQL argument, by name, converted to the parameter type.</summary>
    Argument,

    /// <summary><see cref="ParentAttribute"/>: the parent object.</summary>
    Parent,

    /// <summary><see cref="ServiceAttribute"/>: a request service.</summary>
    Service,

    /// <summary>An <see cref="IServiceProvider"/>: the request services.</summary>
    Services,

    /// <summary>An <see cref="IResolverContext"/>: the field, path, arguments and request of the call being resolved.</summary>
    Context,

    /// <summary>A <see cref="CancellationToken"/>: the request's.</summary>
    CancellationToken,
}

/// <summary>
/// Compiles member reads and resolver-method calls into <see cref="FieldResolver"/>s once, when the schema is
/// built: parameters are bound by kind into a single expression tree, so a call does no reflection and no lookups
/// beyond the argument dictionary.
/// </summary>
internal static class ResolverCompiler
{
    private static readonly PropertyInfo ParentProperty = typeof(IResolverContext).GetProperty(nameof(IResolverContext.Parent))!;
    private static readonly PropertyInfo ServicesProperty = typeof(IResolverContext).GetProperty(nameof(IResolverContext.Services))!;
    private static readonly PropertyInfo TokenProperty = typeof(IResolverContext).GetProperty(nameof(IResolverContext.CancellationToken))!;
    private static readonly MethodInfo ArgumentMethod = typeof(ResolverCompiler).GetMethod(nameof(GetArgument), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo ServiceMethod = typeof(ResolverCompiler).GetMethod(nameof(GetService), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static ParameterKind Classify(ParameterInfo parameter)
    {
        if (parameter.IsDefined(typeof(ParentAttribute)))
        {
            return ParameterKind.Parent;
        }

        if (parameter.IsDefined(typeof(ServiceAttribute)))
        {
            return ParameterKind.Service;
        }

        var type = parameter.ParameterType;
        return type == typeof(CancellationToken) ? ParameterKind.CancellationToken
            : type == typeof(IResolverContext) ? ParameterKind.Context
            : type == typeof(IServiceProvider) ? ParameterKind.Services
            : ParameterKind.Argument;
    }

    /// <summary>A resolver reading a property or field of the parent, or of <paramref name="instance"/>'s result when given.</summary>
    public static FieldResolver ForMember(MemberInfo member, Func<IResolverContext, object?>? instance)
    {
        var target = Expression.Parameter(typeof(object), "target");
        var typed = Expression.Convert(target, member.DeclaringType!);
        Expression access = member is PropertyInfo property ? Expression.Property(typed, property) : Expression.Field(typed, (FieldInfo)member);
        var getter = Expression.Lambda<Func<object, object?>>(Expression.Convert(access, typeof(object)), target).Compile();
        if (instance is null)
        {
            return context => context.Parent is { } parent ? new ValueTask<object?>(getter(parent)) : default;
        }

        return context => instance(context) is { } value ? new ValueTask<object?>(getter(value)) : default;
    }

    /// <summary>A resolver calling <paramref name="method"/> on <paramref name="instance"/>'s result (ignored for static methods).</summary>
    /// <param name="method">The resolver method.</param>
    /// <param name="instance">Supplies the object the method is called on.</param>
    /// <param name="argumentNames">The GraphQL argument name of each parameter (only read for arguments).</param>
    /// <param name="converters">Converters from coerced values to parameter types.</param>
    public static FieldResolver ForMethod(MethodInfo method, Func<IResolverContext, object?>? instance, IReadOnlyList<string> argumentNames, ValueConverters converters)
    {
        var context = Expression.Parameter(typeof(IResolverContext), "context");
        var parameters = method.GetParameters();
        var arguments = new Expression[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            var type = parameters[i].ParameterType;
            arguments[i] = Classify(parameters[i]) switch
            {
                ParameterKind.Parent => Expression.Convert(Expression.Property(context, ParentProperty), type),
                ParameterKind.Service => Expression.Convert(Expression.Call(ServiceMethod, context, Expression.Constant(type)), type),
                ParameterKind.Services => Expression.Property(context, ServicesProperty),
                ParameterKind.Context => context,
                ParameterKind.CancellationToken => Expression.Property(context, TokenProperty),
                _ => Expression.Convert(
                    Expression.Invoke(Expression.Constant(converters.For(type)), Expression.Call(ArgumentMethod, context, Expression.Constant(argumentNames[i]))),
                    type),
            };
        }

        var target = method.IsStatic || instance is null
            ? null
            : Expression.Convert(Expression.Invoke(Expression.Constant(instance), context), method.DeclaringType!);
        var call = Expression.Call(target, method, arguments);
        return Expression.Lambda<FieldResolver>(AdaptResult(call), context).Compile();
    }

    /// <summary>Supplies resolver-class instances: the request's service when registered, else one shared instance.</summary>
    public static Func<IResolverContext, object?> ResolverInstance(Type type)
    {
        var constructor = type.GetConstructor(Type.EmptyTypes);
        var create = constructor is null ? null : Expression.Lambda<Func<object>>(Expression.New(constructor)).Compile();
        object? shared = null;
        return context => context.Services.GetService(type)
            ?? (shared ??= create?.Invoke()
                ?? throw new InvalidOperationException($"The resolver class {type.Name} is not a registered service and has no public parameterless constructor."));
    }

    /// <summary>Adapts the call's result to <c>ValueTask&lt;object?&gt;</c> according to its static type.</summary>
    private static Expression AdaptResult(Expression call)
    {
        var type = call.Type;
        if (type == typeof(void))
        {
            return Expression.Block(call, Expression.Default(typeof(ValueTask<object?>)));
        }

        if (type == typeof(Task) || type == typeof(ValueTask))
        {
            return Expression.Call(typeof(AsyncResults).GetMethod(type == typeof(Task) ? nameof(AsyncResults.FromTask) : nameof(AsyncResults.FromValueTask), new[] { type })!, call);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() is var open && (open == typeof(Task<>) || open == typeof(ValueTask<>)))
        {
            var name = open == typeof(Task<>) ? nameof(AsyncResults.FromTask) : nameof(AsyncResults.FromValueTask);
            var adapter = typeof(AsyncResults).GetMethods()
                .Single(m => m.Name == name && m.IsGenericMethodDefinition)
                .MakeGenericMethod(type.GetGenericArguments()[0]);
            return Expression.Call(adapter, call);
        }

        return Expression.Call(typeof(AsyncResults).GetMethod(nameof(AsyncResults.FromValue))!, Expression.Convert(call, typeof(object)));
    }

    private static object? GetArgument(IResolverContext context, string name) =>
        context.Arguments.TryGetValue(name, out var value) ? value : null;

    private static object GetService(IResolverContext context, Type type) =>
        context.Services.GetService(type)
        ?? throw new InvalidOperationException($"The service {type.Name} needed by field \"{context.ParentType.Name}.{context.Field.Name}\" is not registered.");
}
