using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Internals;

namespace PrivacyAnalyzers.Model
{
    /// <summary>
    /// What an endpoint returns (privacy model §8): the value given to a result factory (<c>Ok(x)</c>, <c>Json(x)</c>,
    /// <c>Results.Ok(x)</c>, <c>TypedResults.Ok(x)</c>, <c>new OkObjectResult(x)</c>), a returned value that is not itself
    /// a result, or the payload type of a declared <c>ActionResult&lt;T&gt;</c>/<c>Task&lt;T&gt;</c>/<c>Ok&lt;T&gt;</c>.
    /// </summary>
    internal sealed class EndpointPayloads
    {
        [ThreadStatic]
        private static Stack<IOperation>? t_pending;

        private readonly AudienceClassifier _audience;
        private readonly CreatorFacingSurfaces _surfaces;

        public EndpointPayloads(AudienceClassifier audience, CreatorFacingSurfaces surfaces)
        {
            _audience = audience;
            _surfaces = surfaces;
        }

        /// <summary>
        /// The path by which a payload identifies audience members (<c>viewers[].UserId</c>), or null. A payload whose
        /// type is itself creator-facing is left to PRIV001, so that one leak is reported once.
        /// </summary>
        public string? FindPerUserData(ISymbol? source, ITypeSymbol type)
        {
            if (type.TypeKind == TypeKind.Error || type is INamedTypeSymbol named && _surfaces.IsCreatorFacing(named))
            {
                return null;
            }

            return _audience.FindInPayload(source, type);
        }

        /// <summary>The payload values of a method or lambda body; nested lambdas and local functions return their own values.</summary>
        /// <returns>The payloads, or null when the body returns none (most bodies of a controller return a few).</returns>
        public static List<IOperation>? Collect(IOperation body)
        {
            // Every action's body is walked: one stack per thread, not one per body. An explicit stack, as a chain of
            // operators can nest deeper than a thread's stack allows recursion.
            var pending = t_pending ??= new Stack<IOperation>();
            pending.Clear();
            pending.Push(body);
            List<IOperation>? payloads = null;
            while (pending.Count > 0)
            {
                var operation = pending.Pop();
                var payload = PayloadOf(operation);
                if (payload is not null)
                {
                    payloads ??= new List<IOperation>();
                    payloads.Add(payload);
                    AddWrappedValues(payload, payloads);
                }

                foreach (var child in operation.ChildOperations)
                {
                    if (child.Kind is not (OperationKind.AnonymousFunction or OperationKind.LocalFunction))
                    {
                        pending.Push(child);
                    }
                }
            }

            return payloads;
        }

        /// <summary>
        /// What a wrapper holds in its loosely typed slots: <c>new ApiResponse { Result = likes }</c> or
        /// <c>new ApiResponse(200, result: likes)</c>, whose <c>Result</c> is an <c>object</c>, returns the likes too.
        /// </summary>
        private static void AddWrappedValues(IOperation payload, List<IOperation> payloads)
        {
            if (payload is not IObjectCreationOperation creation)
            {
                return;
            }

            foreach (var argument in creation.Arguments)
            {
                if (argument.Parameter is { } parameter && IsLooselyTyped(parameter.Type))
                {
                    payloads.Add(argument.Value.WithoutImplicitConversions());
                }
            }

            foreach (var initializer in creation.Initializer?.Initializers ?? ImmutableArray<IOperation>.Empty)
            {
                if (initializer is ISimpleAssignmentOperation { Target: IMemberReferenceOperation { Type: { } slot } } assignment && IsLooselyTyped(slot))
                {
                    payloads.Add(assignment.Value.WithoutImplicitConversions());
                }
            }
        }

        private static bool IsLooselyTyped(ITypeSymbol type) => type.SpecialType == SpecialType.System_Object || type.TypeKind == TypeKind.Dynamic;

        /// <summary>
        /// What one operation hands back: a returned value that is not itself a result, or the value given to a result
        /// factory. Every operation of the body comes by, so the kind is read before any interface cast.
        /// </summary>
        private static IOperation? PayloadOf(IOperation operation)
        {
            switch (operation.Kind)
            {
                case OperationKind.Return when ((IReturnOperation)operation).ReturnedValue is { } value:
                    value = value.WithoutImplicitConversions();
                    return IsResult(value.Type) ? null : value;
                case OperationKind.Invocation:
                    var call = (IInvocationOperation)operation;
                    return ResultFactoryValue(call.TargetMethod, call.Arguments);
                case OperationKind.ObjectCreation when ((IObjectCreationOperation)operation).Constructor is { } constructor:
                    return ResultFactoryValue(constructor, ((IObjectCreationOperation)operation).Arguments);
                default:
                    return null;
            }
        }

        /// <summary>What a handler declares it sends: its return type's payloads and its <c>[ProducesResponseType]</c> types.</summary>
        public static List<ITypeSymbol> DeclaredBy(IMethodSymbol method)
        {
            var payloadTypes = new List<ITypeSymbol>();
            AddDeclaredPayloadTypes(method.ReturnType, payloadTypes);
            AddProducedPayloadTypes(method, payloadTypes);
            return payloadTypes;
        }

        /// <summary>
        /// The types a declared return type promises to send (<c>Task&lt;ActionResult&lt;List&lt;T&gt;&gt;&gt;</c> sends a
        /// <c>List&lt;T&gt;</c>; <c>Results&lt;Ok&lt;T&gt;, NotFound&gt;</c> sends a T); none for <c>IActionResult</c>, <c>IResult</c>, <c>void</c>.
        /// </summary>
        public static void AddDeclaredPayloadTypes(ITypeSymbol returnType, List<ITypeSymbol> payloadTypes)
        {
            if (returnType.SpecialType is SpecialType.System_Void or SpecialType.System_Object || returnType.TypeKind == TypeKind.TypeParameter)
            {
                return;
            }

            if (returnType is INamedTypeSymbol { IsGenericType: true } generic && IsResultWrapper(generic))
            {
                foreach (var argument in generic.TypeArguments)
                {
                    AddDeclaredPayloadTypes(argument, payloadTypes);
                }

                return;
            }

            if (!IsResult(returnType) && !IsTask(returnType))
            {
                payloadTypes.Add(returnType);
            }
        }

        /// <summary>
        /// The payload types an action declares in <c>[ProducesResponseType&lt;T&gt;]</c> or <c>[ProducesResponseType(typeof(T))]</c>,
        /// for a success status or none: what an <c>IActionResult</c> action says it sends.
        /// </summary>
        public static void AddProducedPayloadTypes(IMethodSymbol method, List<ITypeSymbol> payloadTypes)
        {
            foreach (var attribute in method.GetAttributes())
            {
                if (attribute.AttributeClass is not { Name: "ProducesResponseTypeAttribute" } produces || !IsAspNetCore(produces) || !IsSuccess(attribute))
                {
                    continue;
                }

                if (produces.IsGenericType)
                {
                    payloadTypes.Add(produces.TypeArguments[0]);
                    continue;
                }

                foreach (var argument in attribute.ConstructorArguments)
                {
                    if (argument.Kind == TypedConstantKind.Type && argument.Value is ITypeSymbol type)
                    {
                        payloadTypes.Add(type);
                    }
                }
            }
        }

        /// <summary>A status code argument of 2xx, or none.</summary>
        private static bool IsSuccess(AttributeData attribute)
        {
            foreach (var argument in attribute.ConstructorArguments)
            {
                if (argument.Kind == TypedConstantKind.Primitive && argument.Value is int status)
                {
                    return status is >= 200 and < 300;
                }
            }

            return true;
        }

        /// <summary>The symbol a payload comes from, whose name says what it is (<c>viewers</c>, <c>GetTopFan()</c>), or null.</summary>
        public static ISymbol? SourceOf(IOperation payload)
        {
            for (var depth = 0; depth < 8; depth++)
            {
                payload = payload.WithoutImplicitConversions();
                switch (payload)
                {
                    case IAwaitOperation awaited:
                        payload = awaited.Operation;
                        continue;
                    case IInvocationOperation { TargetMethod.IsExtensionMethod: true } call
                        when Symbols.IsFrameworkType(call.TargetMethod.ContainingType) && call.Arguments.Length > 0:
                        // LINQ and EF operators (Where, Select, ToListAsync, ConfigureAwait) keep what their source is about.
                        payload = call.Arguments[0].Value;
                        continue;
                    case IInvocationOperation { TargetMethod.Name: "ConfigureAwait", Instance: { } awaitable }:
                        payload = awaitable;
                        continue;
                    default:
                        return payload.NamedSource();
                }
            }

            return null;
        }

        /// <summary>
        /// The value handed to an ASP.NET Core result factory: its parameter named <c>value</c> or <c>data</c>, or the
        /// <c>model</c> of a view (<c>View(model)</c>, <c>PartialView(model)</c>), which the page renders.
        /// </summary>
        private static IOperation? ResultFactoryValue(IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments)
        {
            // Every call of every action comes by: the parameter's name rules out most before any type or namespace is read.
            foreach (var argument in arguments)
            {
                // Generic factories (TypedResults.Ok<T>) are constructed: the declared parameter type tells a payload from a status code.
                if (argument.Parameter is { Name: "value" or "data" or "model" } declared
                    && (declared.Name != "model" || method.Name is "View" or "PartialView")
                    && declared.OriginalDefinition.Type is { } parameterType
                    && (parameterType.SpecialType == SpecialType.System_Object || parameterType.TypeKind == TypeKind.TypeParameter)
                    && IsAspNetCore(method.ContainingType))
                {
                    return argument.Value.WithoutImplicitConversions();
                }
            }

            return null;
        }

        private static bool IsResultWrapper(INamedTypeSymbol type) =>
            IsTask(type)
            || (IsAspNetCore(type) && type.Name is "ActionResult" or "Ok" or "Created" or "CreatedAtRoute" or "Accepted"
                or "AcceptedAtRoute" or "JsonHttpResult" or "Results");

        /// <summary>An ASP.NET Core result (IActionResult, IResult, OkObjectResult …): what it carries is found elsewhere.</summary>
        private static bool IsResult(ITypeSymbol? type) =>
            type is null || type.SpecialType == SpecialType.System_Void || IsAspNetCore(type);

        private static bool IsTask(ITypeSymbol type) =>
            type.Name is "Task" or "ValueTask" && Symbols.IsNamespace(type.ContainingNamespace, "System.Threading.Tasks");

        private static bool IsAspNetCore(ITypeSymbol? type) => Symbols.IsWithinNamespace(type?.ContainingNamespace, "Microsoft.AspNetCore");
    }
}
