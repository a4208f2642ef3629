using System;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Internals;
using PrivacyAnalyzers.Names;

namespace PrivacyAnalyzers.Model
{
    /// <summary>The engagement event a piece of code runs for, and why (shown in messages).</summary>
    /// <remarks>
    /// Event contexts are common and reports are few, so the reason is kept as a format and its names, and only
    /// written out for a report.
    /// </remarks>
    internal readonly struct EventContext
    {
        public static readonly EventContext None = default;

        private readonly string? _reasonFormat;
        private readonly string? _name;
        private readonly string? _memberName;

        /// <param name="reasonFormat">The reason, with <c>{0}</c> for <paramref name="name"/> and <c>{1}</c> for <paramref name="memberName"/>.</param>
        public EventContext(EngagementKind kind, string reasonFormat, string name, string? memberName = null)
        {
            Kind = kind;
            _reasonFormat = reasonFormat;
            _name = name;
            _memberName = memberName;
        }

        public EngagementKind Kind { get; }

        public string Reason => _reasonFormat is null ? string.Empty : string.Format(CultureInfo.InvariantCulture, _reasonFormat, _name, _memberName);
    }

    /// <summary>
    /// Decides in which engagement event an operation runs (privacy model §6.2): marker attributes, handled message
    /// types, event enum branches, the removing branch of a toggle, and method names. Lambdas and local functions
    /// belong to their containing method.
    /// </summary>
    internal sealed class EventContexts
    {
        private const string NegativeEventAttribute = "NegativeEvent";
        private const string PrivateEventAttribute = "PrivateEvent";

        private readonly EngagementEvents _events;

        // Calls arrive body by body: the last body a thread asked about answers most questions.
        private readonly SlotMemo<IMethodSymbol, EventContext> _lastBody = SlotMemo<IMethodSymbol, EventContext>.LastByThread();

        // Methods arrive type by type, but helper chains ask about the methods of other types in between, and a memo of
        // the last type missed four times in ten: recent types are kept, placed by identity.
        private readonly SlotMemo<INamedTypeSymbol, TypeEvents> _recentTypes = new(slotBits: 8, RuntimeHelpers.GetHashCode);

        /// <summary>
        /// The record each branch of a conditional removes, so that the calls inside one branch do not walk it again each.
        /// Keyed by the branch's syntax: the same for every semantic model and rule, and held by the compilation anyway,
        /// where operation keys would need weak references that every garbage collection has to visit. Placed by identity:
        /// a node's position is summed from its first token's trivia at each look-up.
        /// </summary>
        private readonly SlotMemo<SyntaxNode, string?> _removedRecords = new(slotBits: 10, RuntimeHelpers.GetHashCode);

        public EventContexts(EngagementEvents events) => _events = events;

        /// <summary>The context an operation runs in: the innermost event branch around it, or else its body's.</summary>
        public EventContext Find(IOperation operation, ISymbol? containingSymbol)
        {
            var branch = BranchContext(operation, out var isPositiveBranch);
            if (branch.Kind != EngagementKind.None || isPositiveBranch)
            {
                return branch;
            }

            return containingSymbol is IMethodSymbol method ? OfBody(method) : EventContext.None;
        }

        /// <summary>
        /// <see cref="OfMethod"/> for the body whose calls are being analyzed: the driver hands each rule a body's calls one
        /// after the other, and the rules one after the other on the same thread, so a body is computed about once.
        /// </summary>
        private EventContext OfBody(IMethodSymbol method)
        {
            if (!_lastBody.TryGet(method, out var context))
            {
                context = OfMethod(method);
                _lastBody.Set(method, context);
            }

            return context;
        }

        /// <summary>
        /// The context a whole method runs in: its markers, the messages it handles, its name. Not cached per method: what
        /// it reads is cached per type and per name, and a cache of every method cost more to fill than it saved.
        /// </summary>
        public EventContext OfMethod(IMethodSymbol method)
        {
            var best = Marked(method);
            var type = method.ContainingType is { } containingType ? OfType(containingType) : null;
            if (best.Kind == EngagementKind.None && type is not null)
            {
                best = type.Marked;
            }

            foreach (var parameter in method.Parameters)
            {
                Consider(ref best, TypeContext(parameter.Type, "handles '{0}'"));
            }

            if (type is not null)
            {
                Consider(ref best, type.Handled);
            }

            var byName = _events.Classify(method.Name, NameRole.Method);
            if (byName > best.Kind)
            {
                best = new EventContext(byName, "method '{0}'", method.Name);
            }

            return best;
        }

        /// <summary>What a type says about all its methods: its markers (or an enclosing type's) and the messages it handles.</summary>
        private TypeEvents OfType(INamedTypeSymbol type)
        {
            if (_recentTypes.TryGet(type, out var known))
            {
                return known;
            }

            var marked = EventContext.None;
            for (var current = type; current is not null && marked.Kind == EngagementKind.None; current = current.ContainingType)
            {
                marked = Marked(current);
            }

            var handled = EventContext.None;
            foreach (var contract in type.AllInterfaces)
            {
                if (IsHandlerContract(contract))
                {
                    foreach (var message in contract.TypeArguments)
                    {
                        Consider(ref handled, TypeContext(message, "handles '{0}'"));
                    }
                }
            }

            var events = new TypeEvents(marked, handled);
            _recentTypes.Set(type, events);
            return events;
        }

        private static EventContext Marked(ISymbol symbol)
        {
            if (PrivacyAttributes.Has(symbol, NegativeEventAttribute))
            {
                return new EventContext(EngagementKind.Negative, "[" + NegativeEventAttribute + "] on '{0}'", symbol.Name);
            }

            return PrivacyAttributes.Has(symbol, PrivateEventAttribute)
                ? new EventContext(EngagementKind.Private, "[" + PrivateEventAttribute + "] on '{0}'", symbol.Name)
                : EventContext.None;
        }

        private EventContext TypeContext(ITypeSymbol type, string reasonFormat)
        {
            if (type.SpecialType != SpecialType.None)
            {
                return EventContext.None;
            }

            // Messages are the application's own types: a CancellationToken or a ClaimsPrincipal is none. Asked of every
            // parameter of every method, so the name, which rules out most types at once, is read before the namespace.
            var kind = _events.Classify(type.Name, NameRole.TypeOrMember);
            if (kind == EngagementKind.None || Symbols.IsFrameworkType(type))
            {
                return EventContext.None;
            }

            return new EventContext(kind, reasonFormat, type.Name);
        }

        /// <summary>Any I…Handler&lt;T&gt; or I…Consumer&lt;T&gt;: MediatR, MassTransit and home-grown buses alike.</summary>
        private static bool IsHandlerContract(INamedTypeSymbol contract) =>
            contract.IsGenericType
            && contract.Name.StartsWith("I", StringComparison.Ordinal)
            && (contract.Name.EndsWith("Handler", StringComparison.Ordinal) || contract.Name.EndsWith("Consumer", StringComparison.Ordinal));

        private static void Consider(ref EventContext best, EventContext candidate)
        {
            if (candidate.Kind > best.Kind)
            {
                best = candidate;
            }
        }

        /// <summary>
        /// The innermost branch that selects an event: a switch case or arm on an event member, an <c>if</c> comparing with
        /// one, or the removing branch of a toggle. The adding branch of a toggle and the non-event arms of a switch over
        /// events are positive: <paramref name="isPositiveBranch"/> is set and no method-level context applies.
        /// </summary>
        private EventContext BranchContext(IOperation operation, out bool isPositiveBranch)
        {
            isPositiveBranch = false;
            var child = operation;
            for (var parent = operation.Parent; parent is not null; child = parent, parent = parent.Parent)
            {
                // Every call of the compilation walks up to its body: the kind is read first, as interface casts on each
                // ancestor would cost more than the rest of the walk.
                EventContext found;
                switch (parent.Kind)
                {
                    case OperationKind.SwitchCase:
                        found = SwitchCaseContext((ISwitchCaseOperation)parent, out isPositiveBranch);
                        break;
                    case OperationKind.SwitchExpressionArm when child == ((ISwitchExpressionArmOperation)parent).Value:
                        found = SwitchArmContext((ISwitchExpressionArmOperation)parent, out isPositiveBranch);
                        break;
                    case OperationKind.Conditional when child != ((IConditionalOperation)parent).Condition:
                        var conditional = (IConditionalOperation)parent;
                        found = ConditionalContext(conditional, inTrueBranch: child == conditional.WhenTrue, out isPositiveBranch);
                        break;
                    default:
                        continue;
                }

                if (found.Kind != EngagementKind.None || isPositiveBranch)
                {
                    return found;
                }
            }

            return EventContext.None;
        }

        private EventContext SwitchCaseContext(ISwitchCaseOperation switchCase, out bool isPositiveBranch)
        {
            foreach (var clause in switchCase.Clauses)
            {
                var member = clause switch
                {
                    ISingleValueCaseClauseOperation single => EventMember(single.Value),
                    IPatternCaseClauseOperation { Pattern: IConstantPatternOperation constant } => EventMember(constant.Value),
                    _ => null,
                };
                var context = MemberContext(member);
                if (context.Kind != EngagementKind.None)
                {
                    isPositiveBranch = false;
                    return context;
                }
            }

            isPositiveBranch = switchCase.Parent is ISwitchOperation owner && HasEventCase(owner);
            return EventContext.None;
        }

        private bool HasEventCase(ISwitchOperation owner)
        {
            foreach (var switchCase in owner.Cases)
            {
                foreach (var clause in switchCase.Clauses)
                {
                    if (IsEventClause(clause))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private bool IsEventClause(ICaseClauseOperation clause) => clause switch
        {
            ISingleValueCaseClauseOperation single => MemberContext(EventMember(single.Value)).Kind != EngagementKind.None,
            IPatternCaseClauseOperation { Pattern: IConstantPatternOperation constant } => MemberContext(EventMember(constant.Value)).Kind != EngagementKind.None,
            _ => false,
        };

        private EventContext SwitchArmContext(ISwitchExpressionArmOperation arm, out bool isPositiveBranch)
        {
            var context = ArmContext(arm);
            isPositiveBranch = context.Kind == EngagementKind.None
                && arm.Parent is ISwitchExpressionOperation owner
                && HasEventArm(owner);
            return context;
        }

        private bool HasEventArm(ISwitchExpressionOperation owner)
        {
            foreach (var arm in owner.Arms)
            {
                if (ArmContext(arm).Kind != EngagementKind.None)
                {
                    return true;
                }
            }

            return false;
        }

        private EventContext ArmContext(ISwitchExpressionArmOperation arm) =>
            arm.Pattern is IConstantPatternOperation constant ? MemberContext(EventMember(constant.Value)) : EventContext.None;

        private EventContext ConditionalContext(IConditionalOperation conditional, bool inTrueBranch, out bool isPositiveBranch)
        {
            isPositiveBranch = false;
            if (inTrueBranch)
            {
                var compared = ComparedEventContext(conditional.Condition);
                if (compared.Kind != EngagementKind.None)
                {
                    return compared;
                }
            }

            var ownBranch = inTrueBranch ? conditional.WhenTrue : conditional.WhenFalse;
            var otherBranch = inTrueBranch ? conditional.WhenFalse : conditional.WhenTrue;
            if (ownBranch is not null && RemovedEngagement(ownBranch) is { } removed)
            {
                return new EventContext(EngagementKind.Negative, "the branch that removes a {0}", removed);
            }

            if (otherBranch is null || RemovedEngagement(otherBranch) is not { } undone)
            {
                return EventContext.None;
            }

            // The other branch undoes the engagement, so this one adds it: a like is public, a bookmark is private.
            var added = _events.Classify(undone, NameRole.TypeOrMember);
            isPositiveBranch = added == EngagementKind.None;
            return new EventContext(added, "the branch that adds a {0}", undone);
        }

        /// <summary><c>x == Kind.Unlike</c>, <c>x is Kind.Unlike</c>, and either side of <c>&amp;&amp;</c>.</summary>
        private EventContext ComparedEventContext(IOperation condition) => condition switch
        {
            IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } and =>
                Strongest(ComparedEventContext(and.LeftOperand), ComparedEventContext(and.RightOperand)),
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals } equals =>
                Strongest(MemberContext(EventMember(equals.LeftOperand)), MemberContext(EventMember(equals.RightOperand))),
            IIsPatternOperation { Pattern: IConstantPatternOperation constant } => MemberContext(EventMember(constant.Value)),
            _ => EventContext.None,
        };

        private static EventContext Strongest(EventContext a, EventContext b) => b.Kind > a.Kind ? b : a;

        /// <summary>An enum member or constant field referenced by a case label or comparison.</summary>
        private static IFieldSymbol? EventMember(IOperation? value) =>
            value?.WithoutConversions() is IFieldReferenceOperation { Field: { HasConstantValue: true } field } ? field : null;

        private EventContext MemberContext(IFieldSymbol? member)
        {
            if (member is null)
            {
                return EventContext.None;
            }

            var kind = _events.Classify(member.Name, NameRole.TypeOrMember);
            return kind == EngagementKind.None ? EventContext.None : new EventContext(kind, "'{0}.{1}'", member.ContainingType.Name, member.Name);
        }

        /// <summary>
        /// The engagement record a branch deletes (RemoveLike(x), db.Likes.Remove(x), follows.ExecuteDelete()), as its
        /// noun (Like, Follow, Bookmark), or null.
        /// </summary>
        private string? RemovedEngagement(IOperation branch)
        {
            if (!_removedRecords.TryGet(branch.Syntax, out var record))
            {
                record = ComputeRemovedEngagement(branch);
                _removedRecords.Set(branch.Syntax, record);
            }

            return record;
        }

        private static string? ComputeRemovedEngagement(IOperation branch)
        {
            foreach (var invocation in branch.DescendantsAndSelf().OfType<IInvocationOperation>())
            {
                var record = RemovedRecord(invocation);
                if (record is not null)
                {
                    return record;
                }
            }

            return null;
        }

        private static string? RemovedRecord(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            if (!EngagementEvents.MayHoldRemovalVerb(method.Name) || !NameWords.Split(method.Name).Words.Any(EngagementEvents.IsRemovalVerb))
            {
                return null;
            }

            return EngagementEvents.EngagementRecordIn(method.Name)
                ?? RecordInReceiverChain(invocation.Receiver())
                ?? invocation.Arguments.Select(a => a.Value.Type is { } type ? EngagementEvents.EngagementRecordIn(type.Name) : null).FirstOrDefault(r => r is not null);
        }

        /// <summary>Walks a receiver chain (db.Likes.Where(…)) for a name or element type about engagement records.</summary>
        private static string? RecordInReceiverChain(IOperation? receiver)
        {
            for (var depth = 0; receiver is not null && depth < 8; depth++)
            {
                var name = receiver switch
                {
                    IMemberReferenceOperation member => member.Member.Name,
                    ILocalReferenceOperation local => local.Local.Name,
                    IParameterReferenceOperation parameter => parameter.Parameter.Name,
                    _ => null,
                };
                var record = (name is null ? null : EngagementEvents.EngagementRecordIn(name))
                    ?? (receiver.Type is INamedTypeSymbol { TypeArguments.Length: 1 } generic ? EngagementEvents.EngagementRecordIn(generic.TypeArguments[0].Name) : null);
                if (record is not null)
                {
                    return record;
                }

                receiver = receiver.InnerReceiver();
            }

            return null;
        }

        private sealed class TypeEvents
        {
            public TypeEvents(EventContext marked, EventContext handled)
            {
                Marked = marked;
                Handled = handled;
            }

            public EventContext Marked { get; }

            public EventContext Handled { get; }
        }
    }
}
