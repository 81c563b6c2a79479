//! Operations tagged by this module's tag.
/// Documented error responses of [`super::Client::get_inventory`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetInventoryError {}
impl super::Client {
    /// Pet counts by status
    ///
    /// `GET /store/inventory`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn get_inventory(
        &self,
    ) -> ::std::result::Result<
        ::std::collections::BTreeMap<::std::string::String, i32>,
        super::Error<GetInventoryError>,
    > {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/store/inventory");
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        self.authorize(&[&[1usize]], &mut query, &mut headers, &mut cookies);
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::GET, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        let req = self
            .run_request_hooks("get_inventory", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "getInventory", method = "GET", path =
            "/store/inventory", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("get_inventory", status, &response_headers);
        match status {
            200 => {
                Ok(
                    super::runtime::decode_json::<
                        ::std::collections::BTreeMap<::std::string::String, i32>,
                        GetInventoryError,
                    >(status, &bytes)?,
                )
            }
            _ => {
                Err(super::Error::UnexpectedStatus {
                    status,
                    body: bytes,
                })
            }
        }
    }
}
