using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Internals;

namespace PrivacyAnalyzers.Model
{
    /// <summary>
    /// What a SignalR send carries to its clients (privacy model §8): the arguments of
    /// <c>Clients.Group(g).SendAsync("ReceiveLikers", likers)</c>, the elements of <c>SendCoreAsync("…", new object[] { … })</c>,
    /// and the arguments of a strongly typed client's method (<c>Clients.All.ReceiveLikers(likers)</c>).
    /// </summary>
    internal static class HubMessages
    {
        private const string SignalR = "Microsoft.AspNetCore.SignalR";

        /// <summary>
        /// The values a call sends to SignalR clients, and its client method's name; null when it sends none. Every call of
        /// the compilation is asked: the method's name and type are read before anything is built.
        /// </summary>
        public static List<IOperation>? Read(IInvocationOperation call, out string method)
        {
            var target = call.TargetMethod;
            method = target.Name;
            switch (target.Name)
            {
                case "SendAsync" when target.IsExtensionMethod && IsSignalR(target.ContainingType):
                    return ReadNamedSend(call, firstPayload: 2, ref method);
                case "SendCoreAsync" when IsSignalR(target.ContainingType):
                    return ReadNamedSend(call, firstPayload: 1, ref method) is { } values ? ExpandArray(values) : null;
                default:
                    if (!IsTypedClient(call.Instance))
                    {
                        return null;
                    }

                    var payloads = new List<IOperation>();
                    foreach (var argument in call.Arguments)
                    {
                        payloads.Add(argument.Value.WithoutImplicitConversions());
                    }

                    return payloads;
            }
        }

        /// <summary><c>SendAsync(proxy, "Method", a, b)</c>: the method's name is a constant; the values follow it.</summary>
        private static List<IOperation>? ReadNamedSend(IInvocationOperation call, int firstPayload, ref string method)
        {
            var nameIndex = firstPayload - 1;
            if (call.Arguments.Length <= nameIndex || call.Arguments[nameIndex].Value.ConstantValue is not { HasValue: true, Value: string name })
            {
                return null;
            }

            method = name;
            var payloads = new List<IOperation>();
            for (var i = firstPayload; i < call.Arguments.Length; i++)
            {
                var value = call.Arguments[i].Value.WithoutImplicitConversions();
                if (value.Type?.Name != "CancellationToken" && !(value.ConstantValue.HasValue && value.ConstantValue.Value is null))
                {
                    payloads.Add(value);
                }
            }

            return payloads;
        }

        /// <summary><c>SendCoreAsync("…", new object[] { likers })</c>: the array's elements are the values.</summary>
        private static List<IOperation> ExpandArray(List<IOperation> payloads)
        {
            if (payloads.Count == 1 && payloads[0] is IArrayCreationOperation { Initializer: { } initializer })
            {
                payloads.Clear();
                foreach (var element in initializer.ElementValues)
                {
                    payloads.Add(element.WithoutImplicitConversions());
                }
            }

            return payloads;
        }

        /// <summary>A strongly typed client: what <c>Clients.All</c>, <c>Clients.Group(g)</c> … of a <c>Hub&lt;T&gt;</c> or hub context return.</summary>
        private static bool IsTypedClient(IOperation? instance)
        {
            var member = instance switch
            {
                IPropertyReferenceOperation property => property.Property.ContainingType,
                IInvocationOperation call => call.TargetMethod.ContainingType,
                _ => null,
            };
            return member is { IsGenericType: true } && IsSignalR(member) && member.Name.StartsWith("IHub", System.StringComparison.Ordinal);
        }

        private static bool IsSignalR(INamedTypeSymbol? type) => Symbols.IsNamespace(type?.ContainingNamespace, SignalR);
    }
}
