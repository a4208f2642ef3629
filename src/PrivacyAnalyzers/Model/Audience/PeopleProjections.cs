using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Internals;

namespace PrivacyAnalyzers.Model
{
    /// <summary>
    /// Identity flow, local to one method (privacy model §4.8): a value that projects people out of engagement records —
    /// <c>p.Likes.Select(l =&gt; l.UserId)</c>, <c>db.Follows.Where(f =&gt; f.FolloweeId == id).Select(f =&gt; f.Follower)</c> —
    /// read through filtering and materialising calls, the initializer of a local variable, and what a method of this
    /// compilation returns when it is called. Records filtered by the caller's own identity are the caller's own.
    /// </summary>
    internal sealed class PeopleProjections
    {
        /// <summary>How many called methods deep a projection is followed.</summary>
        private const int MaxDepth = 2;

        /// <summary>Calls that keep the records they are given, filtered, ordered, paged or materialised.</summary>
        private static readonly ImmutableHashSet<string> PassThrough = ImmutableHashSet.Create(
            StringComparer.Ordinal,
            "Where", "OrderBy", "OrderByDescending", "ThenBy", "ThenByDescending", "Take", "Skip", "TakeWhile", "SkipWhile",
            "Distinct", "DistinctBy", "Reverse", "AsEnumerable", "AsQueryable", "AsNoTracking", "AsSplitQuery", "Include",
            "ThenInclude", "ToList", "ToArray", "ToHashSet", "ToListAsync", "ToArrayAsync", "ToHashSetAsync");

        private readonly Compilation _compilation;
        private readonly Engagements _engagements;
        private readonly AudienceClassifier _audience;
        private readonly TypeShapes _shapes;
        private readonly ConcurrentDictionary<IMethodSymbol, Roster?> _returns = new(SymbolEqualityComparer.Default);
        private readonly Cache<ITypeSymbol, bool> _holdsPeopleShapes;

        public PeopleProjections(Compilation compilation, Engagements engagements, AudienceClassifier audience, TypeShapes shapes)
        {
            _compilation = compilation;
            _engagements = engagements;
            _audience = audience;
            _shapes = shapes;
            _holdsPeopleShapes = new Cache<ITypeSymbol, bool>(HoldsPeopleShapes, SymbolEqualityComparer.Default);
        }

        /// <summary>
        /// The engagement and the people a value projects out of its records (<c>Likes[].UserId</c>), or null. A public
        /// engagement is still found: whether it is a leak is the rule's to say.
        /// </summary>
        /// <param name="value">A value that leaves the server: a returned payload, or what fills a member of a response type.</param>
        /// <param name="cancellationToken">Cancels the binding of called methods.</param>
        public Roster? Find(IOperation value, CancellationToken cancellationToken) =>
            MayHoldPeople(value) ? Find(value, new SourceBodies(_compilation, value.SemanticModel, cancellationToken), MaxDepth) : null;

        /// <summary>The first, cheapest look, before any type is read: projections are calls, awaited calls or locals.</summary>
        public static bool MayBeProjection(IOperation value) =>
            value.WithoutConversions() is IInvocationOperation or IAwaitOperation or ILocalReferenceOperation;

        /// <summary>The second look, from cache, before any call is followed: a projection's type is a collection of ids or people.</summary>
        public bool MayHoldPeople(IOperation value) =>
            MayBeProjection(value) && value.WithoutConversions().Type is { } type && _holdsPeopleShapes[type];

        /// <summary>A collection of what a projection of people yields: identifiers (ids, handles) or rows that describe a person.</summary>
        private bool HoldsPeopleShapes(ITypeSymbol type)
        {
            if (!_shapes.IsCollection(type = TypeShapes.Unwrap(type)))
            {
                return false;
            }

            var elements = new List<(ITypeSymbol Element, string Segment)>();
            _shapes.TryGetElements(type, elements);
            foreach (var (element, _) in elements)
            {
                var item = TypeShapes.Unwrap(element);
                if (TypeShapes.IsString(item) || TypeShapes.IsGuid(item) || TypeShapes.IsIntegral(item) || _shapes.IsStronglyTypedId(item)
                    || _audience.DescribesPerson(item))
                {
                    return true;
                }
            }

            return false;
        }

        private Roster? Find(IOperation value, SourceBodies bodies, int depth)
        {
            value = value.WithoutConversions();
            switch (value)
            {
                case IAwaitOperation awaited:
                    return Find(awaited.Operation, bodies, depth);
                case ILocalReferenceOperation local:
                    return local.InitializerOf() is { } initializer ? Find(initializer, bodies, depth) : null;
                case IInvocationOperation call when call.TargetMethod.Name == "Select":
                    return FindInSelect(call);
                case IInvocationOperation call when PassThrough.Contains(call.TargetMethod.Name):
                    return IsFilteredByCaller(call) || call.Receiver() is not { } records ? null : Find(records, bodies, depth);
                case IInvocationOperation call when depth > 0 && SourceBodies.IsInSource(call.TargetMethod, _compilation.SourceModule):
                    return ReturnedBy(call.TargetMethod.OriginalDefinition, bodies, depth - 1);
                default:
                    return null;
            }
        }

        /// <summary><c>records.Select(r =&gt; r.UserId)</c>: a member of each record that identifies a person, from records of an engagement.</summary>
        private Roster? FindInSelect(IInvocationOperation select)
        {
            if (select.Arguments.Length == 0
                || LambdaOf(select.Arguments[select.Arguments.Length - 1].Value) is not { } selector
                || selector.Symbol.Parameters.Length != 1
                || ProjectedMember(selector) is not { } member
                || Symbols.MemberType(member) is not { TypeKind: not TypeKind.Error } memberType
                || _audience.FindPersonInRow(member, memberType) is not { } person
                || select.Receiver() is not { } records
                || RecordsOf(records) is not { } source)
            {
                return null;
            }

            var recordType = selector.Symbol.Parameters[0].Type.Name;
            var engagement = _engagements.In(source.Name) ?? _engagements.In(recordType) ?? _engagements.HeadOf(recordType);
            return engagement is null ? null : new Roster(engagement, source.Name + "[]." + person);
        }

        /// <summary>A lambda argument, given as a delegate (<c>IEnumerable</c>) or as an expression tree (<c>IQueryable</c>).</summary>
        private static IAnonymousFunctionOperation? LambdaOf(IOperation argument) => argument.WithoutConversions() switch
        {
            IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda } => lambda,
            IAnonymousFunctionOperation lambda => lambda,
            _ => null,
        };

        /// <summary>The member of the selector's parameter its body returns, first along the way: <c>User</c> for <c>v =&gt; v.User.UserName</c>.</summary>
        private static ISymbol? ProjectedMember(IAnonymousFunctionOperation selector)
        {
            if (selector.Body.Operations.Length != 1 || selector.Body.Operations[0] is not IReturnOperation { ReturnedValue: { } returned })
            {
                return null;
            }

            ISymbol? member = null;
            for (var current = returned.WithoutConversions(); current is IMemberReferenceOperation reference; current = reference.Instance?.WithoutConversions())
            {
                member = reference.Member;
                if (reference.Instance?.WithoutConversions() is IParameterReferenceOperation parameter)
                {
                    return SymbolEqualityComparer.Default.Equals(parameter.Parameter, selector.Symbol.Parameters[0]) ? member : null;
                }
            }

            return null;
        }

        /// <summary>
        /// Where the records come from, under the calls that pass them through: the member, local or method that names
        /// them (<c>p.Likes</c>, <c>db.Downloads</c>); null when they are filtered by the caller's own identity.
        /// </summary>
        private static ISymbol? RecordsOf(IOperation records)
        {
            for (var current = records.WithoutConversions(); ; )
            {
                switch (current)
                {
                    case IInvocationOperation call when PassThrough.Contains(call.TargetMethod.Name):
                        if (IsFilteredByCaller(call) || call.Receiver() is not { } inner)
                        {
                            return null;
                        }

                        current = inner.WithoutConversions();
                        break;
                    case IAwaitOperation awaited:
                        current = awaited.Operation.WithoutConversions();
                        break;
                    default:
                        return current.NamedSource();
                }
            }
        }

        /// <summary>A <c>Where</c> that compares a record's member with the caller's own identity: the caller's own records.</summary>
        private static bool IsFilteredByCaller(IInvocationOperation call)
        {
            if (call.TargetMethod.Name != "Where")
            {
                return false;
            }

            foreach (var argument in call.Arguments)
            {
                foreach (var operation in argument.Value.DescendantsAndSelf())
                {
                    if (operation is IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals } comparison
                        && (CallerIdentity.Is(comparison.LeftOperand) || CallerIdentity.Is(comparison.RightOperand)))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>What a called method returns, read once per method: the first projection among its returned values.</summary>
        private Roster? ReturnedBy(IMethodSymbol method, SourceBodies bodies, int depth)
        {
            if (_returns.TryGetValue(method, out var cached))
            {
                return cached;
            }

            // Binding another method's body is the expensive step: only a body that selects a member is bound.
            Roster? found = null;
            foreach (var body in SelectsAMember(method, bodies.CancellationToken) ? bodies.Of(method) : Array.Empty<IOperation>())
            {
                foreach (var operation in body.DescendantsAndSelf())
                {
                    if (operation is IReturnOperation { ReturnedValue: { } returned } && IsOwnReturn(operation, body))
                    {
                        found ??= Find(returned, bodies, depth);
                    }
                }
            }

            return _returns.GetOrAdd(method, found);
        }

        /// <summary>Whether a method's syntax holds a <c>Select(x =&gt; x.Member)</c>, read without binding it.</summary>
        private static bool SelectsAMember(IMethodSymbol method, CancellationToken cancellationToken)
        {
            foreach (var reference in method.DeclaringSyntaxReferences)
            {
                foreach (var node in reference.GetSyntax(cancellationToken).DescendantNodes())
                {
                    if (node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Select" }, ArgumentList.Arguments: { Count: 1 } arguments }
                        && arguments[0].Expression is LambdaExpressionSyntax { ExpressionBody: MemberAccessExpressionSyntax })
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>A return of the method itself, not of a lambda or local function inside it.</summary>
        private static bool IsOwnReturn(IOperation returnOperation, IOperation body)
        {
            for (var current = returnOperation.Parent; current is not null && current != body; current = current.Parent)
            {
                if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
