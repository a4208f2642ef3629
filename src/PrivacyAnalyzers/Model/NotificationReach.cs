using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PrivacyAnalyzers.Model
{
    /// <summary>
    /// Inter-procedural summaries: whether a method of this compilation sends a notification, itself or through the
    /// methods it calls, within <see cref="MaxDepth"/> calls. Cached per compilation, so a shared helper is read once
    /// and then flagged only where an event path calls it.
    /// </summary>
    internal sealed class NotificationReach
    {
        public const int MaxDepth = 3;

        private readonly Compilation _compilation;
        private readonly NotificationSinks _sinks;
        private readonly Recipients _recipients;
        private readonly ConcurrentDictionary<IMethodSymbol, string?> _chains = new(SymbolEqualityComparer.Default);

        public NotificationReach(Compilation compilation, NotificationSinks sinks, Recipients recipients)
        {
            _compilation = compilation;
            _sinks = sinks;
            _recipients = recipients;
        }

        /// <summary>The call chain from <paramref name="method"/> to a sink (<c>NotifyOwnerAsync → INotificationService.NotifyAsync</c>), or null.</summary>
        public string? FindChain(IMethodSymbol method, CancellationToken cancellationToken) =>
            _chains.GetOrAdd(method.OriginalDefinition, m => Walk(m, MaxDepth, new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default), cancellationToken));

        private string? Walk(IMethodSymbol method, int depth, HashSet<IMethodSymbol> visiting, CancellationToken cancellationToken)
        {
            if (depth == 0 || !visiting.Add(method))
            {
                return null;
            }

            foreach (var operation in BodyOperations(method, cancellationToken))
            {
                var sink = _sinks.Describe(operation);
                if (sink is not null && !_recipients.IsAddressedToActor(operation))
                {
                    return method.Name + " → " + sink;
                }

                if (sink is null && operation is IInvocationOperation call && IsInSource(call.TargetMethod))
                {
                    var inner = Walk(call.TargetMethod.OriginalDefinition, depth - 1, visiting, cancellationToken);
                    if (inner is not null)
                    {
                        return method.Name + " → " + inner;
                    }
                }
            }

            visiting.Remove(method);
            return null;
        }

        public bool IsInSource(IMethodSymbol method) =>
            method.DeclaringSyntaxReferences.Length > 0 && SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, _compilation.Assembly);

        private IEnumerable<IOperation> BodyOperations(IMethodSymbol method, CancellationToken cancellationToken)
        {
            foreach (var reference in method.DeclaringSyntaxReferences)
            {
                var syntax = reference.GetSyntax(cancellationToken);
#pragma warning disable RS1030 // Summaries of other methods need their trees' semantic models; the operation context only has its own.
                var model = _compilation.GetSemanticModel(reference.SyntaxTree);
#pragma warning restore RS1030
                var body = model.GetOperation(syntax, cancellationToken);
                if (body is null)
                {
                    continue;
                }

                foreach (var operation in body.DescendantsAndSelf())
                {
                    if (operation is IInvocationOperation or IObjectCreationOperation)
                    {
                        yield return operation;
                    }
                }
            }
        }
    }
}
