//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::b_tree_map`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BTreeMapParams {
    pub b_tree_map2: ::std::option::Option<::std::string::String>,
    pub b_tree_map3: ::std::option::Option<::std::string::String>,
    pub b_tree_map4: ::std::option::Option<::std::string::String>,
}
impl BTreeMapParams {
    /// Sets `b_tree_map2`.
    #[must_use]
    pub fn b_tree_map2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.b_tree_map2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `b_tree_map3`.
    #[must_use]
    pub fn b_tree_map3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.b_tree_map3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `b_tree_map4`.
    #[must_use]
    pub fn b_tree_map4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.b_tree_map4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::b_tree_map`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BTreeMapOkHeaders {
    pub b_tree_map: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::b_tree_map`].
#[derive(Debug, Clone, PartialEq)]
pub enum BTreeMapResponse {
    /// ok
    Ok { body: super::types::Everything, headers: BTreeMapOkHeaders },
}
/// Documented error responses of [`super::Client::b_tree_map`].
#[derive(Debug, Clone, PartialEq)]
pub enum BTreeMapError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::b_tree_map_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum BTreeMapPostError {}
impl super::Client {
    /// */ operation BTreeMap "#
    ///
    /// `GET /op135/{BTreeMap}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn b_tree_map(
        &self,
        b_tree_map: &str,
        params: &BTreeMapParams,
    ) -> ::std::result::Result<BTreeMapResponse, super::Error<BTreeMapError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op135/");
        url.push_str(
            &super::runtime::path_param(
                "BTreeMap",
                &super::runtime::to_value("BTreeMap", &b_tree_map)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.b_tree_map2 {
            let v = super::runtime::to_value("BTreeMap", v)?;
            super::runtime::push_param(&mut query, "BTreeMap", &v, "form", true);
        }
        if let Some(v) = &params.b_tree_map3 {
            let v = super::runtime::to_value("BTreeMap", v)?;
            headers.push(("BTreeMap", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.b_tree_map4 {
            let v = super::runtime::to_value("BTreeMap", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "BTreeMap", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[135usize]], &mut query, &mut headers, &mut cookies);
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
            .run_request_hooks("b_tree_map", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "BTreeMap", method = "GET", path =
            "/op135/{BTreeMap}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("b_tree_map", status, &response_headers);
        match status {
            200 => {
                let headers = BTreeMapOkHeaders {
                    b_tree_map: super::runtime::optional_header(
                        &response_headers,
                        "BTreeMap",
                        status,
                    )?,
                };
                Ok(BTreeMapResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        BTreeMapError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(BTreeMapError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            BTreeMapError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op135/{BTreeMap}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn b_tree_map_post(
        &self,
        b_tree_map: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<BTreeMapPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op135/");
        url.push_str(
            &super::runtime::path_param(
                "BTreeMap",
                &super::runtime::to_value("BTreeMap", &b_tree_map)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::POST, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        if let Some(b) = body.into() {
            let bytes = ::serde_json::to_vec(b)
                .map_err(|e| super::Error::Encode {
                    what: "request body",
                    message: e.to_string(),
                })?;
            req = req.header("content-type", "application/json").body(bytes);
        }
        let req = self
            .run_request_hooks("b_tree_map_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "BTreeMap_post", method = "POST", path =
            "/op135/{BTreeMap}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("b_tree_map_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        BTreeMapPostError,
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
