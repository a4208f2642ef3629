using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PrivacyAnalyzers.Model
{
    /// <summary>Recognises the operations that notify a person (privacy model §4, notification sinks).</summary>
    internal sealed class NotificationSinks
    {
        private const string NotificationSinkAttribute = "NotificationSink";

        /// <summary>Words in a type name that make every call on it a notification (INotificationService, PushClient, SmsGateway).</summary>
        private static readonly string[] SinkTypeWords = { "Notification", "Notifier", "Push", "Mailer", "Sms" };

        /// <summary>Retraction and query methods: deleting the earlier "X liked your video" is exactly right.</summary>
        private static readonly string[] NonSinkVerbs =
        {
            "Delete", "Remove", "Retract", "Cancel", "Clear", "Dismiss", "Withdraw", "Revoke", "Mark", "Get", "Find", "List", "Count",
        };

        private readonly PrivacyPolicy _policy;

        public NotificationSinks(PrivacyPolicy policy) => _policy = policy;

        /// <summary>How the sink reads in a message (<c>INotificationService.NotifyAsync</c>, <c>new UnlikeNotification</c>), or null.</summary>
        public string? Describe(IOperation operation) => operation switch
        {
            IInvocationOperation invocation when IsSinkCall(invocation) =>
                invocation.TargetMethod.ContainingType.Name + "." + invocation.TargetMethod.Name,
            IObjectCreationOperation { Type: INamedTypeSymbol created } when IsNotificationObject(created) => "new " + created.Name,
            _ => null,
        };

        private bool IsSinkCall(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            var words = NameWords.Split(method.Name);
            if (words.Count == 0 || Array.Exists(NonSinkVerbs, verb => NameWords.Is(words[0], verb)))
            {
                return false;
            }

            return IsMarked(method)
                || IsConfigured(method)
                || IsNamedLikeASink(words)
                || IsSinkType(method.ContainingType)
                || (invocation.Instance?.Type is INamedTypeSymbol receiver && IsSinkType(receiver))
                || IsSignalRSend(invocation);
        }

        private static bool IsMarked(IMethodSymbol method)
        {
            if (PrivacyAttributes.Has(method, NotificationSinkAttribute) || PrivacyAttributes.Has(method.OriginalDefinition, NotificationSinkAttribute))
            {
                return true;
            }

            for (var type = method.ContainingType; type is not null; type = type.BaseType)
            {
                if (PrivacyAttributes.Has(type, NotificationSinkAttribute))
                {
                    return true;
                }
            }

            foreach (var contract in method.ContainingType.AllInterfaces)
            {
                if (PrivacyAttributes.Has(contract, NotificationSinkAttribute))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary><c>privacy.notification_sinks</c>: type names or <c>Type.Method</c> globs, simple or full.</summary>
        private bool IsConfigured(IMethodSymbol method)
        {
            var type = method.ContainingType;
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

        private static bool IsSinkType(INamedTypeSymbol type)
        {
            var words = NameWords.Split(type.Name);
            for (var i = 0; i < words.Count; i++)
            {
                var isEmailSender = NameWords.Is(words[i], "Email") && i + 1 < words.Count && NameWords.Is(words[i + 1], "Sender");
                if (isEmailSender || Array.Exists(SinkTypeWords, word => NameWords.IsOrPlural(words[i], word)))
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
                var receiver = method.IsExtensionMethod ? method.Parameters[0].Type : method.ContainingType;
                if (IsClientProxy(receiver) || IsClientProxy(invocation.Instance?.Type))
                {
                    return true;
                }
            }

            return invocation.Instance switch
            {
                IInvocationOperation selection => IsHubClients(selection.TargetMethod.ContainingType),
                IPropertyReferenceOperation selection => IsHubClients(selection.Property.ContainingType),
                _ => false,
            };
        }

        private static bool IsClientProxy(ITypeSymbol? type) =>
            type is not null && (type.Name is "IClientProxy" or "ISingleClientProxy" || type.AllInterfaces.Any(i => i.Name == "IClientProxy"));

        private static bool IsHubClients(INamedTypeSymbol? type) =>
            type is { Arity: 1, Name: "IHubClients" or "IHubCallerClients" };

        /// <summary><c>new …Notification(…)</c> that a person receives; not an in-process event (MediatR <c>INotification</c>).</summary>
        private static bool IsNotificationObject(INamedTypeSymbol type) =>
            type.Name.EndsWith("Notification", StringComparison.Ordinal) && !type.AllInterfaces.Any(i => i.Name == "INotification");

        /// <summary>INotificationHandler&lt;T&gt; and friends are message handlers, not notification services.</summary>
        private static bool IsMessageHandlerContract(INamedTypeSymbol type) =>
            type.Name.EndsWith("Handler", StringComparison.Ordinal) || type.Name.EndsWith("Consumer", StringComparison.Ordinal)
            || type.Name == "INotification" || type.Name.EndsWith("Publisher", StringComparison.Ordinal) || type.Name == "IMediator";
    }
}
