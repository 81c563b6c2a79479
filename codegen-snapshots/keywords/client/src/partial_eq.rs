//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::partial_eq`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PartialEqParams {
    pub partial_eq2: ::std::option::Option<::std::string::String>,
    pub partial_eq3: ::std::option::Option<::std::string::String>,
    pub partial_eq4: ::std::option::Option<::std::string::String>,
}
impl PartialEqParams {
    /// Sets `partial_eq2`.
    #[must_use]
    pub fn partial_eq2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.partial_eq2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `partial_eq3`.
    #[must_use]
    pub fn partial_eq3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.partial_eq3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `partial_eq4`.
    #[must_use]
    pub fn partial_eq4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.partial_eq4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::partial_eq`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PartialEqOkHeaders {
    pub partial_eq: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::partial_eq`].
#[derive(Debug, Clone, PartialEq)]
pub enum PartialEqResponse {
    /// ok
    Ok { body: super::types::Everything, headers: PartialEqOkHeaders },
}
/// Documented error responses of [`super::Client::partial_eq`].
#[derive(Debug, Clone, PartialEq)]
pub enum PartialEqError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::partial_eq_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum PartialEqPostError {}
impl super::Client {
    /// */ operation PartialEq "#
    ///
    /// `GET /op127/{PartialEq}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn partial_eq(
        &self,
        partial_eq: &str,
        params: &PartialEqParams,
    ) -> ::std::result::Result<PartialEqResponse, super::Error<PartialEqError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op127/");
        url.push_str(
            &super::runtime::path_param(
                "PartialEq",
                &super::runtime::to_value("PartialEq", &partial_eq)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.partial_eq2 {
            let v = super::runtime::to_value("PartialEq", v)?;
            super::runtime::push_param(&mut query, "PartialEq", &v, "form", true);
        }
        if let Some(v) = &params.partial_eq3 {
            let v = super::runtime::to_value("PartialEq", v)?;
            headers.push(("PartialEq", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.partial_eq4 {
            let v = super::runtime::to_value("PartialEq", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "PartialEq", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[127usize]], &mut query, &mut headers, &mut cookies);
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
            .run_request_hooks("partial_eq", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "PartialEq", method = "GET", path =
            "/op127/{PartialEq}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("partial_eq", status, &response_headers);
        match status {
            200 => {
                let headers = PartialEqOkHeaders {
                    partial_eq: super::runtime::optional_header(
                        &response_headers,
                        "PartialEq",
                        status,
                    )?,
                };
                Ok(PartialEqResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        PartialEqError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(PartialEqError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            PartialEqError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op127/{PartialEq}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn partial_eq_post(
        &self,
        partial_eq: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<
        super::types::Untagged,
        super::Error<PartialEqPostError>,
    > {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op127/");
        url.push_str(
            &super::runtime::path_param(
                "PartialEq",
                &super::runtime::to_value("PartialEq", &partial_eq)?,
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
            .run_request_hooks("partial_eq_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "PartialEq_post", method = "POST", path =
            "/op127/{PartialEq}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("partial_eq_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        PartialEqPostError,
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
