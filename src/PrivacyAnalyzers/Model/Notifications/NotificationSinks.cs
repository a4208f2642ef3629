using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Internals;
using PrivacyAnalyzers.Names;
using PrivacyAnalyzers.Policy;

namespace PrivacyAnalyzers.Model
{
    /// <summary>Recognises the operations that notify a person (privacy model §7.1).</summary>
    internal sealed class NotificationSinks
    {
        private const string NotificationSinkAttribute = "NotificationSink";

        /// <summary>Words in a type name that make every call on it a notification (INotificationService, PushClient, SmsGateway).</summary>
        private static readonly ImmutableArray<string> SinkTypeWords = ImmutableArray.Create("Notification", "Notifier", "Push", "Mailer", "Sms");

        /// <summary>
        /// Retraction, query and predicate methods: deleting the earlier "X liked your video" is exactly right, and asking a
        /// notification service whether someone muted it (<c>IsMutedFor</c>, <c>CanReceive</c>) tells no one anything.
        /// </summary>
        private static readonly ImmutableArray<string> NonSinkVerbs = ImmutableArray.Create(
            "Delete", "Remove", "Retract", "Cancel", "Clear", "Dismiss", "Withdraw", "Revoke", "Mark", "Get", "Find", "List", "Count",
            "Is", "Has", "Can", "Should");

        private readonly PrivacyPolicy _policy;

        // Every invocation of the compilation is asked about: what depends only on the method or a type is decided once.
        private readonly Cache<IMethodSymbol, MethodSink> _methods;
        private readonly Cache<INamedTypeSymbol, bool> _sinkTypes;

        // [NotificationSink] on a type, a base or an interface: asked for each of the type's methods that is called.
        private readonly Cache<INamedTypeSymbol, bool> _markedTypes;

        // Whether a created …Notification is no MediatR message: AllInterfaces builds a new array at every call.
        private readonly Cache<INamedTypeSymbol, bool> _notificationObjects;

        public NotificationSinks(PrivacyPolicy policy)
        {
            _policy = policy;
            _methods = new(ClassifyMethod, SymbolEqualityComparer.Default);
            _sinkTypes = new(ComputeIsSinkType, SymbolEqualityComparer.Default);
            _markedTypes = new(type => PrivacyAttributes.MarksTypeOrAncestor(type, NotificationSinkAttribute), SymbolEqualityComparer.Default);
            _notificationObjects = new(type => !type.AllInterfaces.Any(i => i.Name == "INotification"), SymbolEqualityComparer.Default);
        }

        /// <summary>What the called method alone says about a call.</summary>
        private enum MethodSink
        {
            /// <summary>A retraction or query (RemoveNotification, GetNotifications): never a sink.</summary>
            Never,

            /// <summary>Marked, configured, named like a sink, or a member of a sink type.</summary>
            Always,

            /// <summary>Decided by the call: the receiver's type, or a SignalR send.</summary>
            ByCall,
        }

        /// <summary>Whether the operation notifies a person: a sink call or the creation of a notification object.</summary>
        public bool IsSink(IOperation operation) => operation switch
        {
            IInvocationOperation invocation => IsSinkCall(invocation),
            IObjectCreationOperation { Type: INamedTypeSymbol created } => IsNotificationObject(created),
            _ => false,
        };

        /// <summary>How a sink reads in a message: <c>INotificationService.NotifyAsync</c>, <c>new UnlikeNotification</c>.</summary>
        public static string Describe(IOperation sink) => sink switch
        {
            IInvocationOperation invocation => invocation.TargetMethod.ContainingType.Name + "." + invocation.TargetMethod.Name,
            _ => "new " + sink.Type?.Name,
        };

        private bool IsSinkCall(IInvocationOperation invocation)
        {
            // A constructor initializer (: base(…)) of a notification type builds it; it sends nothing.
            var method = invocation.TargetMethod;
            if (method.MethodKind == MethodKind.Constructor)
            {
                return false;
            }

            return _methods[method.OriginalDefinition] switch
            {
                MethodSink.Always => true,
                MethodSink.ByCall => (invocation.Instance?.Type is INamedTypeSymbol receiver && IsSinkType(receiver)) || IsSignalRSend(invocation),
                _ => false,
            };
        }

        /// <summary>Keyed by the original definition, which it is handed: attributes and names are those of every constructed form.</summary>
        private MethodSink ClassifyMethod(IMethodSymbol method)
        {
            var words = NameWords.Split(method.Name);
            if (words.Count == 0 || NameWords.IsAny(words[0], NonSinkVerbs))
            {
                return MethodSink.Never;
            }

            // Names first; attributes last, and never on the framework's own types, which carry no team's marker and whose
            // attributes would be decoded for nothing.
            return IsNamedLikeASink(words)
                || (method.ContainingType is { } type && IsSinkType(type))
                || IsConfigured(method)
                || (method.ContainingType is { } owner && !Symbols.IsFrameworkType(owner)
                    && (PrivacyAttributes.Has(method, NotificationSinkAttribute) || _markedTypes[owner]))
                ? MethodSink.Always
                : MethodSink.ByCall;
        }

        /// <summary><c>privacy.notification_sinks</c>: type names or <c>Type.Method</c> globs, simple or full.</summary>
        private bool IsConfigured(IMethodSymbol method)
        {
            var type = method.ContainingType;
            if (type is null || _policy.NotificationSinks.IsEmpty)
            {
                return false;
            }

            var shortName = type.Name + "." + method.Name;
            foreach (var glob in _policy.NotificationSinks)
            {
                if (glob.MatchesName(type.Name, type) || glob.MatchesName(method.Name, method) || glob.IsMatch(shortName))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Notify…, SendNotification…, SendPush…, SendEmail….</summary>
        private static bool IsNamedLikeASink(NameWords words) =>
            EventVerbs.IsInflectionOf(words[0], "Notify")
            || (words.Count > 1 && NameWords.Is(words[0], "Send")
                && (NameWords.IsOrPlural(words[1], "Notification") || NameWords.Is(words[1], "Push") || NameWords.IsOrPlural(words[1], "Email")));

        private bool IsSinkType(INamedTypeSymbol type) => _sinkTypes[type.OriginalDefinition];

        private static bool ComputeIsSinkType(INamedTypeSymbol type)
        {
            var words = NameWords.Split(type.Name);
            for (var i = 0; i < words.Count; i++)
            {
                var isEmailSender = NameWords.Is(words[i], "Email") && i + 1 < words.Count && NameWords.Is(words[i + 1], "Sender");
                if (isEmailSender || NameWords.IsAnyOrPlural(words[i], SinkTypeWords))
                {
                    return !IsMessageHandlerContract(type);
                }
            }

            return false;
        }

        /// <summary>
        /// SignalR: <c>IClientProxy.SendAsync</c>/<c>SendCoreAsync</c>, and any method of a strongly typed hub client reached
        /// through <c>Clients.User(…)</c>, <c>Clients.All</c> and the like.
        /// </summary>
        private static bool IsSignalRSend(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            if (method.Name is "SendAsync" or "SendCoreAsync")
            {
                var receiver = method.IsExtensionMethod && method.Parameters.Length > 0 ? method.Parameters[0].Type : method.ContainingType;
                if (IsClientProxy(receiver) || IsClientProxy(invocation.Instance?.Type))
                {
                    return !IsBroadcast(invocation.Receiver());
                }
            }

            return invocation.Instance switch
            {
                IInvocationOperation selection => IsHubClients(selection.TargetMethod.ContainingType) && !IsBroadcast(selection),
                IPropertyReferenceOperation selection => IsHubClients(selection.Property.ContainingType) && !IsBroadcast(selection),
                _ => false,
            };
        }

        /// <summary>
        /// <c>Clients.All</c>, <c>Clients.Others</c>, <c>Clients.AllExcept(…)</c>: a send to every connected client updates
        /// what everyone sees (a like count that moved), it notifies no one in particular.
        /// </summary>
        private static bool IsBroadcast(IOperation? clients) => clients?.WithoutImplicitConversions() switch
        {
            IPropertyReferenceOperation { Property.Name: "All" or "Others" } all => IsHubClients(all.Property.ContainingType),
            IInvocationOperation { TargetMethod.Name: "AllExcept" } allExcept => IsHubClients(allExcept.TargetMethod.ContainingType),
            _ => false,
        };

        private static bool IsClientProxy(ITypeSymbol? type) =>
            type is not null && (type.Name is "IClientProxy" or "ISingleClientProxy" || type.AllInterfaces.Any(i => i.Name == "IClientProxy"));

        private static bool IsHubClients(INamedTypeSymbol? type) =>
            type is { Arity: 1, Name: "IHubClients" or "IHubCallerClients" };

        /// <summary><c>new …Notification(…)</c> that a person receives; not an in-process event (MediatR <c>INotification</c>).</summary>
        private bool IsNotificationObject(INamedTypeSymbol type) =>
            type.Name.EndsWith("Notification", StringComparison.Ordinal) && _notificationObjects[type.OriginalDefinition];

        /// <summary>INotificationHandler&lt;T&gt; and friends are message handlers, not notification services.</summary>
        private static bool IsMessageHandlerContract(INamedTypeSymbol type) =>
            type.Name.EndsWith("Handler", StringComparison.Ordinal) || type.Name.EndsWith("Consumer", StringComparison.Ordinal)
            || type.Name == "INotification" || type.Name.EndsWith("Publisher", StringComparison.Ordinal) || type.Name == "IMediator";
    }
}
