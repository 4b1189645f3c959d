#include "core/console/improv_session.hpp"

namespace printcam::console {

using improv::Command;
using improv::Error;
using improv::State;

namespace {

constexpr std::uint8_t byte_of(Command c) {
  return static_cast<std::uint8_t>(c);
}

}  // namespace

State ImprovSession::current_state(WifiState& wifi) {
  if (tracker_.pending()) return State::Provisioning;
  wifi = backend_.wifi_state();
  return wifi.phase == WifiPhase::Connected ? State::Provisioned : State::Ready;
}

void ImprovSession::send_result(std::uint8_t command, const std::vector<std::string>& strings) {
  const auto packet = improv::build_rpc_result(command, strings);
  out_.write_packet(packet ? *packet : improv::build_error(Error::Unknown));
}

void ImprovSession::send_state_and_url(std::uint8_t command) {
  WifiState wifi;
  const State state = current_state(wifi);
  out_.write_packet(improv::build_state(state));
  if (state == State::Provisioned) send_result(command, {camera_url(wifi.ip, wifi.port)});
}

void ImprovSession::send_scan() {
  for (const WifiNetwork& n : backend_.wifi_scan()) {
    const auto packet = improv::build_rpc_result(byte_of(Command::ScanNetworks),
                                                 {n.ssid, std::to_string(n.rssi), n.secure ? "YES" : "NO"});
    if (packet) out_.write_packet(*packet);  // an SSID is at most 32 bytes, so this always fits
  }
  send_result(byte_of(Command::ScanNetworks), {});
}

void ImprovSession::on_packet(std::uint8_t type, const improv::Bytes& data) {
  // The other types travel device to client; ignoring them keeps an echoing line or a second
  // device from starting a ping-pong of errors.
  if (type != static_cast<std::uint8_t>(improv::PacketType::Rpc)) return;
  const auto rpc = improv::parse_rpc(data);
  if (!rpc) return out_.write_packet(improv::build_error(Error::InvalidRpc));
  switch (static_cast<Command>(rpc->command)) {
    case Command::WifiSettings: {
      const auto wifi = improv::parse_wifi_settings(rpc->payload);
      if (!wifi) return out_.write_packet(improv::build_error(Error::InvalidRpc));
      if (joins_.start_join(JoinOwner::Improv, wifi->ssid, wifi->password)) {
        out_.write_packet(improv::build_error(Error::UnableToConnect));
        WifiState now;
        return out_.write_packet(improv::build_state(current_state(now)));
      }
      return out_.write_packet(improv::build_state(State::Provisioning));
    }
    case Command::CurrentState:
      return send_state_and_url(rpc->command);
    case Command::DeviceInfo: {
      const DeviceInfo info = backend_.device_info();
      return send_result(rpc->command, {info.firmware_name, info.version, info.chip, info.device_name});
    }
    case Command::ScanNetworks:
      return send_scan();
  }
  out_.write_packet(improv::build_error(Error::UnknownRpc));
}

void ImprovSession::on_bad_packet() {
  out_.write_packet(improv::build_error(Error::InvalidRpc));
}

void ImprovSession::on_join_outcome(const JoinOutcome& outcome) {
  if (outcome.connected) {
    out_.write_packet(improv::build_state(State::Provisioned));
    return send_result(byte_of(Command::WifiSettings), {camera_url(outcome.ip, outcome.port)});
  }
  out_.write_packet(improv::build_error(Error::UnableToConnect));
  out_.write_packet(improv::build_state(State::Ready));
}

}  // namespace printcam::console
