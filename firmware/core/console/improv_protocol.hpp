#pragma once
// Improv Wi-Fi Serial, version 1: packet and RPC encoding (spec: improv-wifi.com/serial; the
// reference client is the npm improv-wifi-serial-sdk). Pure functions, byte-exact.
//
// Packet: "IMPROV" | version 0x01 | type | length | data[length] | checksum, where checksum is the
// low byte of the sum of every byte before it. We end each packet we send with '\n', as the SDK
// does, so a packet never runs into the log line after it.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace printcam::console::improv {

using Bytes = std::vector<std::uint8_t>;

inline constexpr char kMagic[] = "IMPROV";
inline constexpr std::size_t kMagicLength = 6;
inline constexpr std::uint8_t kVersion = 0x01;
/// Everything before the data: magic, version, type, length.
inline constexpr std::size_t kHeaderLength = kMagicLength + 3;

enum class PacketType : std::uint8_t { CurrentState = 0x01, ErrorState = 0x02, Rpc = 0x03, RpcResult = 0x04 };
enum class State : std::uint8_t { Ready = 0x02, Provisioning = 0x03, Provisioned = 0x04 };
enum class Error : std::uint8_t {
  None = 0x00,
  InvalidRpc = 0x01,
  UnknownRpc = 0x02,
  UnableToConnect = 0x03,
  Unknown = 0xFF,
};
enum class Command : std::uint8_t {
  WifiSettings = 0x01,
  CurrentState = 0x02,
  DeviceInfo = 0x03,
  ScanNetworks = 0x04,
};

/// The low byte of the sum of `bytes`.
std::uint8_t checksum(const std::uint8_t* bytes, std::size_t len);

/// A whole packet of `type` carrying `data` (at most 255 bytes), with the trailing '\n'.
std::optional<Bytes> build_packet(PacketType type, const Bytes& data);
Bytes build_state(State state);
Bytes build_error(Error error);
/// An RPC result: data = command, total length, then each string as length + bytes. nullopt when
/// the strings do not fit one packet (253 bytes with their length bytes).
std::optional<Bytes> build_rpc_result(std::uint8_t command, const std::vector<std::string>& strings);

/// An RPC from the client: data = command, payload length, payload.
struct Rpc {
  std::uint8_t command = 0;
  Bytes payload;
};
/// nullopt when the declared payload length disagrees with the data's length.
std::optional<Rpc> parse_rpc(const Bytes& data);

struct WifiSettings {
  std::string ssid;
  std::string password;
};
/// Payload of WifiSettings: ssid length, ssid, password length, password, and nothing after.
std::optional<WifiSettings> parse_wifi_settings(const Bytes& payload);

}  // namespace printcam::console::improv
