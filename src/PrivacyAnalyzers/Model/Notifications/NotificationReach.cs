using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Internals;

namespace PrivacyAnalyzers.Model
{
    /// <summary>
    /// What a call notifies (privacy model §7): itself when it is a sink, or else the first sink that a method of this
    /// compilation reaches, itself or through the methods it calls, within <see cref="MaxDepth"/> calls (§7.3). The
    /// summaries of methods are cached per compilation, so a shared helper is read once and then flagged only where an
    /// event path calls it.
    /// </summary>
    /// <remarks>
    /// Reading a method means binding its body, the one expensive step: each method is read at most once per compilation,
    /// with the semantic model of the call site when it is declared in the same file.
    /// </remarks>
    internal sealed class NotificationReach
    {
        private const int MaxDepth = 3;

        private readonly Compilation _compilation;
        private readonly IModuleSymbol _sourceModule;
        private readonly NotificationSinks _sinks;
        private readonly Recipients _recipients;
        private readonly EventContexts _contexts;
        private readonly ConcurrentDictionary<IMethodSymbol, string?> _chains = new(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<IMethodSymbol, ImmutableArray<Step>> _steps = new(SymbolEqualityComparer.Default);

        /// <param name="compilation">The compilation whose methods are followed.</param>
        /// <param name="sinks">What notifies a person.</param>
        /// <param name="recipients">Who a notification is addressed to.</param>
        /// <param name="contexts">The event contexts, to tell helpers from event handlers.</param>
        public NotificationReach(Compilation compilation, NotificationSinks sinks, Recipients recipients, EventContexts contexts)
        {
            _compilation = compilation;
            _sourceModule = compilation.SourceModule;
            _sinks = sinks;
            _recipients = recipients;
            _contexts = contexts;
        }

        /// <summary>
        /// What a call or object creation notifies: itself, when it is a sink not addressed to the person who acted, or
        /// the first sink a called method of this compilation reaches. Null when it notifies nobody.
        /// </summary>
        /// <param name="operation">An invocation or object creation.</param>
        /// <param name="caller">The method the operation is in: calling itself is no helper call.</param>
        /// <param name="cancellationToken">Cancels the binding of helper bodies.</param>
        public ReachedSink? Find(IOperation operation, ISymbol? caller, CancellationToken cancellationToken)
        {
            if (_sinks.IsSink(operation))
            {
                return _recipients.IsAddressedToActor(operation) ? null : new ReachedSink(NotificationSinks.Describe(operation), chain: null);
            }

            if (!IsHelperCall(operation, caller, out var helper))
            {
                return null;
            }

            var chain = FindChain(helper, operation.SemanticModel, cancellationToken);
            return chain is null ? null : new ReachedSink(helper.Name, chain);
        }

        /// <summary>
        /// A call to another method of this compilation. Local functions and lambdas are analyzed as part of their
        /// containing method, so calling one is no helper call; nor is a method calling itself.
        /// </summary>
        private bool IsHelperCall(IOperation operation, ISymbol? caller, out IMethodSymbol helper)
        {
            helper = (operation as IInvocationOperation)?.TargetMethod!;
            return helper is not null
                && helper.MethodKind is not (MethodKind.LocalFunction or MethodKind.AnonymousFunction)
                && IsInSource(helper)
                && !SymbolEqualityComparer.Default.Equals(helper.OriginalDefinition, caller);
        }

        /// <summary>
        /// The call chain from <paramref name="method"/> to a sink (<c>NotifyOwnerAsync → INotificationService.NotifyAsync</c>),
        /// or null. A method that is an event context itself (<c>UnlikeAsync</c>, a handler of <c>VideoDownloaded</c>) is not
        /// followed: its notifications are judged, and reported, inside it, where its branches are known, so one leak is
        /// reported once and not again at every caller.
        /// </summary>
        /// <param name="method">The called method.</param>
        /// <param name="callSiteModel">The semantic model of the calling file, reused for methods declared in that file.</param>
        /// <param name="cancellationToken">Cancels the binding of method bodies.</param>
        private string? FindChain(IMethodSymbol method, SemanticModel? callSiteModel, CancellationToken cancellationToken)
        {
            var definition = method.OriginalDefinition;
            if (_chains.TryGetValue(definition, out var chain))
            {
                return chain;
            }

            var walk = new Walk(_compilation, callSiteModel, cancellationToken);
            return _chains.GetOrAdd(definition, Find(definition, MaxDepth, walk));
        }

        private bool IsInSource(IMethodSymbol method) => SourceBodies.IsInSource(method, _sourceModule);

        /// <summary>Depth-first, in the order the body runs, so the reported chain is the first one a reader finds.</summary>
        private string? Find(IMethodSymbol method, int depth, Walk walk)
        {
            if (depth == 0 || _contexts.OfMethod(method).Kind != EngagementKind.None || !walk.Visiting.Add(method))
            {
                return null;
            }

            foreach (var step in StepsOf(method, walk))
            {
                var reached = step.Sink ?? Find(step.Callee!, depth - 1, walk);
                if (reached is not null)
                {
                    return method.Name + " → " + reached;
                }
            }

            walk.Visiting.Remove(method);
            return null;
        }

        private ImmutableArray<Step> StepsOf(IMethodSymbol method, Walk walk)
        {
            if (_steps.TryGetValue(method, out var steps))
            {
                return steps;
            }

            return _steps.GetOrAdd(method, ComputeSteps(method, walk));
        }

        /// <summary>What a body does that matters here: the sinks it reaches (not addressed to the actor) and the methods of this compilation it calls.</summary>
        private ImmutableArray<Step> ComputeSteps(IMethodSymbol method, Walk walk) => StepsIn(walk.Bodies.Of(method).ToImmutableArray());

        private ImmutableArray<Step> StepsIn(ImmutableArray<IOperation> bodies)
        {
            ImmutableArray<Step>.Builder? steps = null;
            foreach (var body in bodies)
            {
                foreach (var operation in body.DescendantsAndSelf())
                {
                    if (operation is not (IInvocationOperation or IObjectCreationOperation))
                    {
                        continue;
                    }

                    if (_sinks.IsSink(operation))
                    {
                        if (!_recipients.IsAddressedToActor(operation))
                        {
                            (steps ??= ImmutableArray.CreateBuilder<Step>()).Add(new Step(NotificationSinks.Describe(operation), callee: null));
                        }
                    }
                    else if (operation is IInvocationOperation { TargetMethod: { } target } && IsInSource(target))
                    {
                        (steps ??= ImmutableArray.CreateBuilder<Step>()).Add(new Step(sink: null, target.OriginalDefinition));
                    }
                }
            }

            return steps is null ? ImmutableArray<Step>.Empty : steps.ToImmutable();
        }

        /// <summary>A sink the body reaches itself, or a method of this compilation it calls.</summary>
        private readonly struct Step
        {
            public Step(string? sink, IMethodSymbol? callee)
            {
                Sink = sink;
                Callee = callee;
            }

            public string? Sink { get; }

            public IMethodSymbol? Callee { get; }
        }

        /// <summary>One search: the methods on the current path (cycles end it) and the bodies it has bound.</summary>
        private sealed class Walk
        {
            public Walk(Compilation compilation, SemanticModel? callSiteModel, CancellationToken cancellationToken) =>
                Bodies = new SourceBodies(compilation, callSiteModel, cancellationToken);

            public HashSet<IMethodSymbol> Visiting { get; } = new(SymbolEqualityComparer.Default);

            public SourceBodies Bodies { get; }
        }
    }

    /// <summary>A sink a call reaches: the sink (<c>INotificationService.NotifyAsync</c>), or the helper called and its chain.</summary>
    internal sealed class ReachedSink
    {
        public ReachedSink(string sink, string? chain)
        {
            Sink = sink;
            Chain = chain;
        }

        /// <summary>The sink itself, or the helper the call reaches it through.</summary>
        public string Sink { get; }

        /// <summary>The calls from the helper to the sink (<c>NotifyOwnerAsync → INotificationService.NotifyAsync</c>); null for a sink.</summary>
        public string? Chain { get; }
    }
}
